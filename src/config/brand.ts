import type { Brand, Palette } from './schema'

const variables: Record<keyof Palette, string> = {
  brand: '--brand',
  brandStrong: '--brand-strong',
  brandSoft: '--brand-soft',
  onBrand: '--on-brand',
  canvas: '--canvas',
  surface: '--surface',
  surfaceMuted: '--surface-muted',
  ink: '--ink',
  inkMuted: '--ink-muted',
  line: '--line',
}

const declarations = (palette: Palette = {}) =>
  Object.entries(palette)
    .map(([key, value]) => `${variables[key as keyof Palette]}:${value}`)
    .join(';')

let logoUrl: string | undefined

/** The brand's logo, if the config names one. */
export const brandLogoUrl = () => logoUrl

/**
 * Restyles the portal from the runtime config: the design tokens are CSS variables, so a
 * brand is one small stylesheet over the defaults, for the light and the dark theme.
 */
export function applyBrand(brand: Brand, doc: Document = document) {
  logoUrl = brand.logoUrl
  const base = [
    declarations(brand.light),
    brand.radius ? `--radius:${brand.radius}` : '',
    brand.font ? `--font-sans:${brand.font}` : '',
  ]
    .filter(Boolean)
    .join(';')
  const dark = declarations(brand.dark)
  /* eslint-disable lingui/no-unlocalized-strings -- CSS, not words */
  const css = [
    base && `:root{${base}}`,
    dark && `:root[data-theme='dark']{${dark}}`,
    dark && `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${dark}}}`,
  ]
    .filter(Boolean)
    .join('\n')
  /* eslint-enable lingui/no-unlocalized-strings */
  if (!css) return
  const style = doc.createElement('style')
  style.dataset.brand = ''
  style.textContent = css
  doc.head.append(style)
}
