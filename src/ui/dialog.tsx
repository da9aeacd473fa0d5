import { useEffect, useRef, type ReactNode } from 'react'
import { cn } from '@/lib/cn'

type DialogProps = {
  open: boolean
  /** Called when the member asks to close (Escape, the close button); not while `locked`. */
  onClose: () => void
  /** While true, Escape does nothing: the dialog is showing something that must finish. */
  locked?: boolean
  labelledBy: string
  children: ReactNode
  /** `sheet`: rises from the bottom edge, full width (phones' menus). */
  placement?: 'center' | 'sheet'
}

/**
 * A modal dialog on the native <dialog>: the browser traps focus, makes the page behind it
 * inert, closes on Escape and returns focus to what opened it.
 */
export function Dialog({
  open,
  onClose,
  locked,
  labelledBy,
  children,
  placement = 'center',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault()
        if (!locked) onClose()
      }}
      className={cn(
        'border border-line bg-surface p-0 text-ink shadow-xl backdrop:bg-black/50',
        placement === 'sheet'
          ? 'mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none rounded-t-card pb-[env(safe-area-inset-bottom)]'
          : 'm-auto w-[min(32rem,calc(100%-2rem))] rounded-card',
      )}
    >
      {open && <div className="p-6">{children}</div>}
    </dialog>
  )
}
