import { useEffect, type RefObject } from 'react'

/** Start loading the next page this far before its sentinel scrolls into view. */
const PRELOAD_MARGIN = '0px 0px 800px 0px'

/**
 * Calls `load` when `target` comes within reach of the viewport, while `enabled`: infinite
 * scroll for a paged list. Without IntersectionObserver (old browsers, jsdom) nothing happens,
 * and the list's own "show more" button remains the way on.
 */
export function useLoadWhenNear(
  target: RefObject<HTMLElement | null>,
  enabled: boolean,
  load: () => void,
) {
  useEffect(() => {
    const element = target.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) load()
      },
      { rootMargin: PRELOAD_MARGIN },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [target, enabled, load])
}
