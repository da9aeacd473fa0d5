import type { CompiledMessage } from './i18n'

const ACCENTED: Record<string, string> = Object.fromEntries(
  // eslint-disable-next-line lingui/no-unlocalized-strings -- letters to swap, not words
  [...'aeiouyAEIOUYcnsCNS'].map((c, i) => [c, [...'åéîöûýÅÉÎÖÛÝçñšÇÑŠ'][i] ?? c]),
)
const TAG = /(<\/?\d+\/?>)/

/** Accented and about 35% longer, so clipped or untranslated text stands out. */
function stretch(text: string) {
  return text
    .split(TAG)
    .map((piece, index) => {
      if (index % 2 === 1 || !/\S/.test(piece)) return piece
      const [, text = '', space = ''] = /^([\s\S]*?)(\s*)$/.exec(piece) ?? []
      const accented = [...text].map((c) => ACCENTED[c] ?? c).join('')
      return accented + '~'.repeat(Math.ceil(piece.length * 0.35)) + space
    })
    .join('')
}

function walk(message: CompiledMessage): CompiledMessage {
  if (typeof message === 'string') return stretch(message)
  return message.map((token) => {
    if (typeof token === 'string') return token === '#' ? token : stretch(token)
    const [name, type, format] = token
    if ((type === 'plural' || type === 'selectordinal' || type === 'select') && format) {
      const choices = Object.fromEntries(
        Object.entries(format as Record<string, CompiledMessage | number>).map(([key, value]) => [
          key,
          typeof value === 'string' || Array.isArray(value)
            ? walk(value as CompiledMessage)
            : value,
        ]),
      )
      return [name, type, choices] as const
    }
    return token
  })
}

/** Designers' pseudo-locale: every message accented, stretched and bracketed. */
export function pseudolocalize(message: CompiledMessage): CompiledMessage {
  const inner = walk(message)
  return ['[', ...(typeof inner === 'string' ? [inner] : inner), ']']
}
