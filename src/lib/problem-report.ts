/**
 * Something whoever runs the portal should hear about: the API answered outside its contract,
 * or the portal itself failed unexpectedly. Reported where it happens; sent only when the
 * runtime config names an `errorReportUrl` (see main.tsx and error-reporter.ts).
 */
export type ProblemReport =
  { kind: 'contract'; endpoint: string; path: string } | { kind: 'unexpected'; error: unknown }

let sink: ((report: ProblemReport) => void) | undefined

/** Where reports go from now on; by default nowhere. */
export function setProblemSink(next: (report: ProblemReport) => void) {
  sink = next
}

export function reportProblem(report: ProblemReport) {
  sink?.(report)
}
