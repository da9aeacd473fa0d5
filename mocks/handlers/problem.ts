import { HttpResponse } from 'msw'
import type { Problem } from '@/api/schemas/problem'
import type { ProblemExtensions } from '@/api/schemas/problem-extensions'

type ProblemInput = {
  title: string
  status: number
  code: string
  detail?: string
  instance?: string
  type?: string
} & ProblemExtensions

/** An RFC 9457 problem response. */
export function problemResponse(problem: ProblemInput) {
  return HttpResponse.json<Problem>(
    { type: 'about:blank', ...problem },
    { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}
