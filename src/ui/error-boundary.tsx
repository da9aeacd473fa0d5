import { Component, type ErrorInfo, type ReactNode } from 'react'

type Props = {
  fallback: (props: { error: unknown; reset: () => void }) => ReactNode
  onReset?: () => void
  /** When this changes after a failure (the page's path, say), the children are tried again. */
  resetKey?: unknown
  children: ReactNode
}

type State = { error: unknown; failed: boolean }

/** Catches a render error in its subtree and shows `fallback` with a way to try again. */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: undefined, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  componentDidCatch(_error: unknown, _info: ErrorInfo) {
    // The fallback tells the member; nothing else to do here.
  }

  componentDidUpdate(previous: Props) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.reset()
  }

  reset = () => {
    this.props.onReset?.()
    this.setState({ error: undefined, failed: false })
  }

  render() {
    if (this.state.failed)
      return this.props.fallback({ error: this.state.error, reset: this.reset })
    return this.props.children
  }
}
