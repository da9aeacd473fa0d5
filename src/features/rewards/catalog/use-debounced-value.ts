import { useEffect, useState } from 'react'

/**
 * `value`, `delayMs` after it last changed. With `immediate` the new value is returned at once
 * (e.g. a cleared search should not wait).
 */
export function useDebouncedValue<T>(value: T, delayMs: number, immediate = false): T {
  const [debounced, setDebounced] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), immediate ? 0 : delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs, immediate])
  return immediate ? value : debounced
}
