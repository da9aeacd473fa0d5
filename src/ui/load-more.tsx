import { useEffect, useRef, type RefObject } from 'react'
import { describeError } from '@/api/describe-error'
import { Button } from './button'
import { ErrorState } from './error-state'

type LoadMoreProps = {
  /** The list the pages fill: after a click, focus moves to its first new item. */
  list: RefObject<HTMLElement | null>
  /** Items shown now. */
  count: number
  hasNextPage: boolean
  isFetchingNextPage: boolean
  /** The last next page failed: say so and offer to try again, keeping what is shown. */
  isFetchNextPageError: boolean
  error: unknown
  fetchNextPage: () => unknown
  /** "Show more friends", and what it says while loading. */
  label: string
  loadingLabel: string
}

/**
 * The button under a cursor-paged list. Keyboard and screen reader users land on the first new
 * item, not back at the top or stuck on a button that moved.
 */
export function LoadMore({
  list,
  count,
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  error,
  fetchNextPage,
  label,
  loadingLabel,
}: LoadMoreProps) {
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || count <= from) return
    focusFrom.current = null
    const item = list.current?.children.item(from)
    if (item instanceof HTMLElement) {
      item.tabIndex = -1
      item.focus()
    }
  }, [count, list])

  const load = () => {
    focusFrom.current = count
    void fetchNextPage()
  }
  if (isFetchNextPageError) {
    const { title, detail } = describeError(error)
    return (
      <ErrorState
        className="mt-4"
        title={title}
        detail={detail}
        onRetry={load}
        retrying={isFetchingNextPage}
      />
    )
  }
  if (!hasNextPage) return null
  return (
    <Button variant="secondary" className="mt-4" disabled={isFetchingNextPage} onClick={load}>
      {isFetchingNextPage ? loadingLabel : label}
    </Button>
  )
}
