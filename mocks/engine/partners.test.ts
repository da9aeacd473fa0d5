import { describe, expect, it } from 'vitest'
import { Partner } from '@/api/schemas/partner'
import { PARTNERS, partnerPoints, partnerView } from './partners'

function books() {
  const partner = PARTNERS.find((p) => p.id === 'ptn_northwind_books')
  if (!partner) throw new Error('Northwind Books is a partner')
  return partner
}

describe('partners', () => {
  it('earn at their own rate on whole steps of spend', () => {
    expect(books().earnRate).toEqual({ points: 1, per: 200 })
    expect(partnerPoints(books(), { amount: 4_200, currency: 'USD' })).toBe(21)
    expect(partnerPoints(books(), { amount: 199, currency: 'USD' })).toBe(0)
  })

  it('are answered inside the contract, with https links and logos that need no other site', () => {
    for (const locale of ['en', 'es', 'ar'] as const) {
      for (const definition of PARTNERS) {
        const view = partnerView(definition, 'USD', locale)
        expect(Partner.parse(view)).toEqual(view)
        expect(new URL(view.url).protocol).toBe('https:')
        if (view.logo !== null) {
          expect(view.logo).toMatch(/^data:image\/svg\+xml;base64,/)
          expect(atob(view.logo.split(',')[1] ?? '')).toMatch(/^<svg /)
        }
      }
    }
    expect(PARTNERS.some((p) => p.logoSvg === null)).toBe(true)
    expect(partnerView(books(), 'USD', 'es').category).toBe('Librería')
  })
})
