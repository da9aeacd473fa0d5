import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ErrorBoundary } from './error-boundary'

function Page({ broken }: { broken: boolean }) {
  if (broken) throw new Error('broken page')
  return <p>The page</p>
}

describe('ErrorBoundary', () => {
  it('shows the fallback, then tries again when its reset key changes', () => {
    const tree = (key: string, broken: boolean) => (
      <ErrorBoundary resetKey={key} fallback={() => <p>It failed</p>}>
        <Page broken={broken} />
      </ErrorBoundary>
    )
    const view = render(tree('/a', true), { onCaughtError: () => {} })
    expect(screen.getByText('It failed')).toBeInTheDocument()
    // The same key: still the fallback, even once the child would render.
    view.rerender(tree('/a', false))
    expect(screen.getByText('It failed')).toBeInTheDocument()
    view.rerender(tree('/b', false))
    expect(screen.getByText('The page')).toBeInTheDocument()
  })
})
