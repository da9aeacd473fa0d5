import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../engine/language'
import { loadWords } from '../engine/words/words'

/** One entry of an Accept-Language header: a language range and its weight. */
export type LanguageRange = { range: string; q: number }

// RFC 9110 §12.5.4: language-range (RFC 4647) and an optional weight of 0 to 1, three decimals.
const RANGE = /^(?:\*|[a-z]{1,8}(?:-[a-z0-9]{1,8})*)$/i
const WEIGHT = /^q=(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i

/**
 * The ranges of an Accept-Language header, best first (by weight; the header's order among
 * equal weights). Entries that are not well formed are left out, as if they were not there.
 */
export function parseAcceptLanguage(header: string | null | undefined): LanguageRange[] {
  if (!header) return []
  const ranges: (LanguageRange & { position: number })[] = []
  header.split(',').forEach((entry, position) => {
    const [range = '', ...params] = entry.split(';').map((part) => part.trim())
    if (!RANGE.test(range)) return
    let q = 1
    for (const param of params) {
      // Other parameters are not defined for Accept-Language; a bad weight spoils the entry.
      if (!WEIGHT.test(param)) return
      q = Number(param.slice(2))
    }
    ranges.push({ range: range.toLowerCase(), q, position })
  })
  return ranges
    .sort((a, b) => b.q - a.q || a.position - b.position)
    .map(({ range, q }) => ({ range, q }))
}

/** The answer language a range asks for, by RFC 4647 lookup: `es-MX` -> es, `en-XA` -> en-XA. */
function lookup(range: string, offered: readonly Language[]): Language | undefined {
  const subtags = range.split('-')
  while (subtags.length > 0) {
    const wanted = subtags.join('-')
    const found = offered.find((language) => language.toLowerCase() === wanted)
    if (found) return found
    subtags.pop()
    // A single letter (a private-use or extension marker) is never a tag on its own end.
    if (subtags.at(-1)?.length === 1) subtags.pop()
  }
  return undefined
}

/**
 * The language to answer a request in, from its Accept-Language header: the best-weighted
 * range the mock API has words for (`es-MX;q=0.9` -> es), `*` for the default unless it is
 * refused (`en;q=0`), and English when nothing else fits (no header, `fr`, all refused).
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  const ranges = parseAcceptLanguage(header)
  const refused = new Set(
    ranges.filter(({ q }) => q === 0).flatMap(({ range }) => lookup(range, LANGUAGES) ?? []),
  )
  const offered = LANGUAGES.filter((language) => !refused.has(language))
  for (const { range, q } of ranges) {
    if (q === 0) continue
    if (range === '*') return offered[0] ?? DEFAULT_LANGUAGE
    const found = lookup(range, offered)
    if (found) return found
  }
  return DEFAULT_LANGUAGE
}

/** The language an HTTP request asks for (see negotiateLanguage). */
export const requestLanguage = (request: Request): Language =>
  negotiateLanguage(request.headers.get('Accept-Language'))

/** The language to answer `request` in, once its words are there to write the answer with. */
export async function answerLanguage(request: Request): Promise<Language> {
  const language = requestLanguage(request)
  await loadWords(language)
  return language
}

/**
 * Marks `response` as written in `language`: `Content-Language` when it has a body, and
 * `Vary: Accept-Language` always, so a cache never hands one language's answer to another.
 */
export function inLanguage<R extends Response>(response: R, language: Language, hasBody = true): R {
  if (hasBody) response.headers.set('Content-Language', language)
  response.headers.append('Vary', 'Accept-Language')
  return response
}
