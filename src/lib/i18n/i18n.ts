/**
 * The portal's message runtime. Lingui's macros write every message as a descriptor
 * (`{ id, message, values }`) whose English `message` the build has already compiled
 * (scripts/build/lingui-macros.ts); other locales' catalogs are compiled the same way from PO
 * files. So this module only fills compiled messages in: no ICU parser ships to members, and
 * the whole runtime is a few hundred bytes (the test beside it checks it formats exactly as
 * @lingui/core does).
 */
import { formatDate, formatNumber, pluralCategory } from '../format'

/** A compiled message: text and placeholders `[name, type?, format?]`. */
export type CompiledMessage = string | readonly Token[]
type Token = string | readonly [name: string, type?: string, format?: unknown]
type Choices = Record<string, CompiledMessage> & { offset?: number }

export type Values = Record<string, unknown>
export type MessageDescriptor = {
  id: string
  message?: CompiledMessage
  values?: Values
}
export type Catalog = Record<string, CompiledMessage>

const DATE_STYLES = new Set(['short', 'medium', 'long', 'full'])

/**
 * The pieces of a formatted message: strings, and values that are not numbers or strings (React
 * elements in `<Trans>`) kept as they are for the caller to place.
 */
export function formatParts(message: CompiledMessage, values: Values, locale: string): unknown[] {
  const parts: unknown[] = []
  const push = (part: unknown) => {
    if (part == null || part === '') return
    const last = parts.length - 1
    if (typeof part === 'string' && typeof parts[last] === 'string') parts[last] += part
    else parts.push(part)
  }
  const walk = (tokens: CompiledMessage, count?: number) => {
    if (typeof tokens === 'string') return push(tokens)
    for (const token of tokens) {
      if (typeof token === 'string') {
        push(token === '#' && count !== undefined ? formatNumber(count, locale) : token)
        continue
      }
      const [name, type, format] = token
      const value = values[name]
      if (type === 'plural' || type === 'selectordinal') {
        const { offset = 0, ...rules } = format as Choices
        const n = Number(value)
        const exact = rules[String(n)] ?? rules[`=${String(n)}`]
        const rule = pluralCategory(n - offset, locale, type === 'selectordinal')
        walk(exact ?? rules[rule] ?? rules.other ?? '', n - offset)
      } else if (type === 'select') {
        const rules = format as Choices
        walk(rules[String(value)] ?? rules.other ?? '', count)
      } else if (type === 'number') {
        const options: Intl.NumberFormatOptions =
          format === 'percent'
            ? { style: 'percent' }
            : format === 'integer'
              ? { maximumFractionDigits: 0 }
              : {}
        push(formatNumber(Number(value), locale, options))
      } else if (type === 'date' || type === 'time') {
        const style = typeof format === 'string' && DATE_STYLES.has(format) ? format : 'medium'
        const key = type === 'date' ? 'dateStyle' : 'timeStyle'
        push(formatDate(value as string | number | Date, locale, { [key]: style }))
      } else {
        push(typeof value === 'number' ? formatNumber(value, locale) : value)
      }
    }
  }
  walk(message)
  return parts
}

type Listener = () => void

/** The active locale and its catalog; `_` formats a descriptor in that locale. */
export class I18n {
  locale = 'en'
  private catalog: Catalog = {}
  private transform: ((message: CompiledMessage) => CompiledMessage) | undefined
  private readonly listeners = new Set<Listener>()

  /**
   * Makes `locale` active with its catalog (empty for English, whose words are in the code);
   * `transform` rewrites every message (the designers' pseudo-locale).
   */
  activate(
    locale: string,
    catalog: Catalog = {},
    transform?: (m: CompiledMessage) => CompiledMessage,
  ) {
    this.locale = locale
    this.catalog = catalog
    this.transform = transform
    for (const listener of this.listeners) listener()
  }

  subscribe = (listener: Listener) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  /** The compiled message for a descriptor in the active locale, English when it has none. */
  message(descriptor: MessageDescriptor): CompiledMessage {
    const message = this.catalog[descriptor.id] ?? descriptor.message ?? descriptor.id
    return this.transform ? this.transform(message) : message
  }

  /** A descriptor as text in the active locale. */
  _ = (descriptor: MessageDescriptor, values?: Values): string =>
    formatParts(this.message(descriptor), { ...descriptor.values, ...values }, this.locale)
      .map(String)
      .join('')

  /** Lingui's name for `_`, which code outside components may find clearer. */
  t = this._
}

export const i18n = new I18n()
