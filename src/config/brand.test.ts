import { afterEach, describe, expect, it } from 'vitest'
import { applyBrand, brandLogoUrl } from './brand'
import { parseConfig } from './load-config'

const base = { mock: true, apiBaseUrl: '/api/v1' }

afterEach(() => {
  document.head.querySelectorAll('style[data-brand]').forEach((style) => style.remove())
})

describe('brand from the runtime config', () => {
  it('restyles the tokens of both themes with no code change', () => {
    const config = parseConfig({
      ...base,
      brand: {
        logoUrl: '/brand/logo.svg',
        radius: '6px',
        font: "'Inter', system-ui, sans-serif",
        light: { brand: '#7a1f5c', onBrand: '#ffffff' },
        dark: { brand: '#f0a6d6' },
      },
    })
    applyBrand(config.brand)
    const css = document.head.querySelector('style[data-brand]')?.textContent ?? ''
    expect(css).toContain(
      ":root{--brand:#7a1f5c;--on-brand:#ffffff;--radius:6px;--font-sans:'Inter', system-ui, sans-serif}",
    )
    expect(css).toContain(":root[data-theme='dark']{--brand:#f0a6d6}")
    expect(css).toContain(
      "@media (prefers-color-scheme: dark){:root:not([data-theme='light']){--brand:#f0a6d6}}",
    )
    expect(brandLogoUrl()).toBe('/brand/logo.svg')
  })

  it('adds nothing when the config names no brand', () => {
    applyBrand(parseConfig(base).brand)
    expect(document.head.querySelector('style[data-brand]')).toBeNull()
  })

  it.each([
    [{ light: { brand: 'red;background:url(//evil)' } }, 'brand.light.brand'],
    [{ radius: '1rem;}body{display:none' }, 'brand.radius'],
    [{ font: 'x}body{display:none' }, 'brand.font'],
    [{ logoUrl: 'javascript:alert(1)' }, 'brand.logoUrl'],
    [{ light: { brnd: '#fff' } }, 'brand.light.brnd'],
  ])('refuses a value that could break out of the stylesheet: %j', (brand, key) => {
    expect(() => parseConfig({ ...base, brand })).toThrow(key)
  })
})
