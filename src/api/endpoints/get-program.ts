import { queryOptions } from '@tanstack/react-query'
import { request } from '../client'
import { queryKeys } from '../query-keys'
import { Program } from '../schemas/program'

export type ProgramOverrides = {
  name?: string | undefined
  points?: { singular: string; plural: string } | undefined
}

let overrides: ProgramOverrides = {}

/** Display overrides from the runtime config win over what the API says. */
export function setProgramOverrides(next: ProgramOverrides) {
  overrides = next
}

export async function getProgram(signal?: AbortSignal): Promise<Program> {
  const program = await request('/program', Program, { signal })
  return {
    ...program,
    name: overrides.name ?? program.name,
    points: overrides.points ?? program.points,
  }
}

export const programQuery = () =>
  queryOptions({
    queryKey: queryKeys.program,
    queryFn: ({ signal }) => getProgram(signal),
    staleTime: 10 * 60_000,
  })
