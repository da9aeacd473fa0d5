import { queryOptions } from '@tanstack/react-query'
import { i18n } from '@/lib/i18n/i18n'
import { languageOf } from '@/lib/i18n/locales'
import { call } from '../client'
import { getProgram } from '../contract/get-program'
import { queryKeyOf } from '../query'
import type { PointsWording } from '../schemas/program'

export type ProgramOverrides = {
  name?: string | undefined
  /** The points word per locale tag or language (`en`, `es-MX`), from the runtime config. */
  points?: Readonly<Record<string, PointsWording>> | undefined
}

let overrides: ProgramOverrides = {}

/** Display overrides from the runtime config win over what the API says. */
export function setProgramOverrides(next: ProgramOverrides) {
  overrides = next
}

/** The config's points word for `locale`: its own tag first, then its language's. */
export function pointsOverride(locale: string): PointsWording | undefined {
  const byLocale = overrides.points
  if (!byLocale) return undefined
  const wanted = locale.toLowerCase()
  const exact = Object.keys(byLocale).find((tag) => tag.toLowerCase() === wanted)
  const language = Object.keys(byLocale).find((tag) => tag.toLowerCase() === languageOf(locale))
  const tag = exact ?? language
  return tag === undefined ? undefined : byLocale[tag]
}

export const programQuery = () =>
  queryOptions({
    queryKey: queryKeyOf(getProgram, {}),
    queryFn: async ({ signal }) => {
      // The API answers in the language the request asks for (Accept-Language); so does this.
      const locale = i18n.locale
      const program = await call(getProgram, { signal })
      return {
        ...program,
        name: overrides.name ?? program.name,
        points: pointsOverride(locale) ?? program.points,
      }
    },
    staleTime: 10 * 60_000,
  })
