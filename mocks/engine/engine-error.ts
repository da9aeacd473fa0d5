import type { ProblemCode } from '@/api/schemas/problem-code'

/** A rule of the engine refused the request; handlers turn it into a problem response. */
export class EngineError extends Error {
  readonly code: ProblemCode
  readonly status: number

  constructor(code: ProblemCode, status: number, message: string) {
    super(message)
    this.name = 'EngineError'
    this.code = code
    this.status = status
  }
}
