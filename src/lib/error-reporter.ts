import type { ProblemReport } from './problem-report'

// The package version, written in at build time (vite.config.ts).
declare const __APP_RELEASE__: string

/** Reports one page load sends at most, whatever goes wrong. */
export const MAX_REPORTS_PER_PAGE = 5

/**
 * `/rewards/rwd_1?x=1` -> `/rewards/:id`: the page's shape without ids, query or hash. Segments
 * of the portal's own page paths (`words`) are kept; any other is an id, or an address the
 * portal does not have, and is replaced.
 */
function template(path: string, words: ReadonlySet<string>): string {
  return (path.split(/[?#]/)[0] ?? '')
    .split('/')
    .map((segment) => (segment === '' || words.has(segment) ? segment : ':id'))
    .join('/')
}

/** An error's class name (TypeError ...), never its message, which may hold member data. */
const errorName = (error: unknown) =>
  error instanceof Error && /^\w{1,40}$/.test(error.name) ? error.name : 'unknown'

function beacon(url: string, body: string) {
  // A string body goes as text/plain: a collector on another origin needs no preflight.
  if (navigator.sendBeacon?.(url, body)) return
  void fetch(url, { method: 'POST', body, keepalive: true, credentials: 'omit' }).catch(() => {})
}

/**
 * Sends each report as a small JSON object to `url`: its kind, the endpoint (method and path
 * template) and failing JSON path of a contract violation, or the class of an unexpected
 * error; the release; the page's route pattern. Never member data: no ids, names, codes,
 * balances or query strings. Each distinct report once per page load, and at most
 * MAX_REPORTS_PER_PAGE in all.
 */
export function createErrorReporter(
  url: string,
  options: {
    /** The portal's page paths ('/rewards', '/wallet' ...): their words are not ids. */
    pagePaths?: readonly string[]
    pathname?: () => string
    send?: (url: string, body: string) => void
  } = {},
) {
  const { pagePaths = [], pathname = () => location.pathname, send = beacon } = options
  const words = new Set(pagePaths.flatMap((path) => path.split('/')))
  const seen = new Set<string>()
  return (report: ProblemReport) => {
    const details =
      report.kind === 'contract'
        ? // The endpoint is its declared method and path template: it holds no ids.
          { endpoint: report.endpoint, path: report.path }
        : { error: errorName(report.error) }
    const body = JSON.stringify({ kind: report.kind, ...details })
    if (seen.has(body) || seen.size >= MAX_REPORTS_PER_PAGE) return
    seen.add(body)
    const route = template(pathname(), words)
    send(url, JSON.stringify({ kind: report.kind, ...details, release: __APP_RELEASE__, route }))
  }
}
