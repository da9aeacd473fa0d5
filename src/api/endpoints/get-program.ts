import { queryOptions } from '@tanstack/react-query'
import { call } from '../client'
import { getProgram } from '../contract/get-program'
import { queryKeyOf } from '../query'

export type ProgramOverrides = {
  name?: string | undefined
  points?: { singular: string; plural: string } | undefined
}

let overrides: ProgramOverrides = {}

/** Display overrides from the runtime config win over what the API says. */
export function setProgramOverrides(next: ProgramOverrides) {
  overrides = next
}

export const programQuery = () =>
  queryOptions({
    queryKey: queryKeyOf(getProgram, {}),
    queryFn: async ({ signal }) => {
      const program = await call(getProgram, { signal })
      return {
        ...program,
        name: overrides.name ?? program.name,
        points: overrides.points ?? program.points,
      }
    },
    staleTime: 10 * 60_000,
  })
