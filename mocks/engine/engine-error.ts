import type { ProblemCode } from '@/api/schemas/problem-code'
import type { ProblemExtensions } from '@/api/schemas/problem-extensions'
import {
  localize,
  pseudolocalize,
  PSEUDO_LANGUAGE,
  type Language,
  type Localized,
  type TranslatedLanguage,
} from './language'
import type { ProblemWords, TextFormat, Wording } from './words/wording'
import { textFormat, words } from './words/words'

export type { ProblemExtensions }

/** A problem's words in one language. */
export type ProblemText = { title: string; detail: string }

/** Writes a refusal's words in one language, from that language's wording and number format. */
export type ProblemWriter = (
  wording: Wording,
  format: TextFormat,
  language: TranslatedLanguage,
) => ProblemWords

/**
 * A rule of the engine refused the request; handlers turn it into a problem response with
 * `status`, `code`, the title and detail in the request's language, and the extension members.
 * The words are written in every language at once, so the refusal can be answered in any.
 */
export class EngineError extends Error {
  readonly code: ProblemCode
  readonly status: number
  readonly text: Localized<ProblemText>
  readonly extensions: ProblemExtensions
  /** Sent as Retry-After: when asking again may get another answer. */
  readonly retryAfterSeconds: number | undefined

  constructor(
    code: ProblemCode,
    status: number,
    write: ProblemWriter,
    options: { extensions?: ProblemExtensions; retryAfterSeconds?: number } = {},
  ) {
    const text = localize((language) => {
      const wording = words(language)
      const { title, detail } = write(wording, textFormat(language), language)
      return { title: title ?? wording.problemTitles[code], detail }
    })
    super(text.en.detail)
    this.name = 'EngineError'
    this.code = code
    this.status = status
    this.text = text
    this.extensions = options.extensions ?? {}
    this.retryAfterSeconds = options.retryAfterSeconds
  }

  /** The English title (the detail is the message). */
  get title(): string {
    return this.text.en.title
  }

  /** Title and detail in `language`. */
  problem(language: Language): ProblemText {
    if (language !== PSEUDO_LANGUAGE) return this.text[language]
    const { title, detail } = this.text.en
    return { title: pseudolocalize(title), detail: pseudolocalize(detail) }
  }
}
