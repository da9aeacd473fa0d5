import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { cn } from '@/lib/cn'
import { ChevronDownIcon } from './icons'

type DisclosureMenuProps = {
  /** The button's content; its text is the menu's name. */
  label: ReactNode
  /** Styles the button as holding the current page (the page itself carries aria-current). */
  current?: boolean
  /** Which edge of the button the panel lines up with. */
  align?: 'start' | 'end'
  /** The panel's content; call `close` when one of its links or buttons is used. */
  children: (close: () => void) => ReactNode
}

/**
 * A button that shows and hides a panel of links (the disclosure pattern: no menu roles, so
 * links stay links for screen readers and Tab moves through them). Escape closes it and puts
 * focus back on the button; a click outside or focus leaving it closes it too.
 */
export function DisclosureMenu({
  label,
  current = false,
  align = 'start',
  children,
}: DisclosureMenuProps) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    const outside = (target: EventTarget | null) =>
      !(target instanceof Node && root.current?.contains(target))
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return
      setOpen(false)
      button.current?.focus()
    }
    const onPointer = (event: PointerEvent) => {
      if (outside(event.target)) setOpen(false)
    }
    const onFocus = (event: FocusEvent) => {
      if (outside(event.target)) setOpen(false)
    }
    document.addEventListener('keydown', onKey)
    document.addEventListener('pointerdown', onPointer)
    document.addEventListener('focusin', onFocus)
    return () => {
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('pointerdown', onPointer)
      document.removeEventListener('focusin', onFocus)
    }
  }, [open])

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
        className={cn(
          'inline-flex min-h-11 items-center gap-1 rounded-full px-3 text-sm font-medium whitespace-nowrap',
          current || open ? 'bg-brand-soft text-brand-strong' : 'text-ink-muted hover:text-ink',
        )}
      >
        {label}
        <ChevronDownIcon width={16} height={16} className={open ? 'rotate-180' : undefined} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        className={cn(
          'absolute top-full z-40 mt-2 min-w-56 rounded-card border border-line bg-surface p-2 shadow-lg',
          align === 'end' ? 'end-0' : 'start-0',
        )}
      >
        {open && children(() => setOpen(false))}
      </div>
    </div>
  )
}
