import { describe, expect, it } from 'vitest'
import committed from '@/api/openapi.json'
import { buildOpenApiDocument } from '@/api/openapi'

describe('the committed OpenAPI document', () => {
  it('matches the contract schemas (run `npm run openapi` after changing them)', () => {
    expect(committed).toEqual(buildOpenApiDocument())
  })

  it('describes every endpoint the portal calls, with schemas for every reference', () => {
    const doc = buildOpenApiDocument()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/program',
        '/me',
        '/me/balance',
        '/me/tier',
        '/rewards',
        '/rewards/{id}',
      ]),
    )
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g)].map(
      (m) => m[1],
    )
    for (const id of refs) expect(doc.components.schemas).toHaveProperty(id ?? '')
  })
})
