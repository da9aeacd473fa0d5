import { useId, type ComponentProps } from 'react'

/** A labelled text input; the label is tied to the input so it names it for screen readers. */
export function TextField({ label, ...props }: ComponentProps<'input'> & { label: string }) {
  const id = useId()
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        className="mt-1 block min-h-11 w-full rounded-lg border border-line bg-surface px-3 text-ink"
        {...props}
      />
    </div>
  )
}
