import { useEffect, useState } from 'react'

/**
 * What the search box shows, and whether it is ahead of the URL. Typing changes only the box:
 * the URL (and with it the request) follows `delayMs` after the last keystroke, at once when
 * the box is cleared. Until the URL has caught up with the typed text, the typed text wins; a
 * change of the URL from elsewhere (back, "Clear filters", a link) replaces it.
 *
 * Writing the URL on every keystroke cost a history.replaceState and a render of every page
 * that reads the location, per letter: at 10,000 rewards a keystroke took more than a frame.
 */
export function useSearchDraft(
  value: string,
  write: (q: string) => void,
  delayMs: number,
): { text: string; setText: (text: string) => void; pending: boolean } {
  const [draft, setDraft] = useState<string | null>(null)
  const [written, setWritten] = useState<string | null>(null)
  const [seen, setSeen] = useState(value)
  if (seen !== value) {
    // The URL's search changed: our own write catching up, or someone else's change.
    setSeen(value)
    if (value !== written || draft === value) setDraft(null)
  }
  useEffect(() => {
    if (draft === null) return
    const timer = setTimeout(
      () => {
        setWritten(draft)
        write(draft)
      },
      draft.trim() === '' ? 0 : delayMs,
    )
    return () => clearTimeout(timer)
  }, [draft, delayMs, write])
  return {
    text: draft ?? value,
    setText: setDraft,
    pending: draft !== null && draft.trim() !== value.trim(),
  }
}
