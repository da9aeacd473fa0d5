import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from '../engine/language'

const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value)

/**
 * The language to answer a request in, from its Accept-Language header: the best-weighted
 * language the mock API has words for (`es-MX;q=0.9` asks for Spanish), English when none is.
 */
export function negotiateLanguage(header: string | null | undefined): Language {
  const asked = (header ?? '')
    .split(',')
    .map((part, position) => {
      const [range = '', ...params] = part.split(';').map((piece) => piece.trim())
      const weight = params.find((param) => param.startsWith('q='))
      return {
        language: range.toLowerCase().split('-')[0] ?? '',
        q: weight === undefined ? 1 : Number(weight.slice(2)),
        position,
      }
    })
    .filter(({ q }) => Number.isFinite(q) && q > 0)
    .sort((a, b) => b.q - a.q || a.position - b.position)
  return asked.map(({ language }) => language).find(isLanguage) ?? DEFAULT_LANGUAGE
}

/** The language an HTTP request asks for (see negotiateLanguage). */
export const requestLanguage = (request: Request): Language =>
  negotiateLanguage(request.headers.get('Accept-Language'))
