import { HttpResponse } from 'msw'
import type { Problem } from '@/api/schemas/problem'

/** An RFC 9457 problem response. */
export function problemResponse(problem: Omit<Problem, 'type'> & { type?: string }) {
  return HttpResponse.json<Problem>(
    { type: 'about:blank', ...problem },
    { status: problem.status, headers: { 'Content-Type': 'application/problem+json' } },
  )
}
