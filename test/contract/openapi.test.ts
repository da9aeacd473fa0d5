// @vitest-environment node
import { describe, expect, it } from 'vitest'
import committed from '@/api/openapi.json'
import { mockExamples } from '../../scripts/contract/examples'
import { loadContract } from '../../scripts/contract/load-contract'
import { buildOpenApiDocument } from '../../scripts/contract/openapi'

describe('the committed OpenAPI document', () => {
  it('is what the declarations and the mock API make it (run `npm run openapi` after changing them)', async () => {
    const contract = await loadContract()
    const built = buildOpenApiDocument(contract, await mockExamples(contract.endpoints))
    expect(committed).toEqual(built)
  })

  it('has an operation for every declaration, and a schema for every reference', async () => {
    const { endpoints } = await loadContract()
    const operations = Object.entries(committed.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, { operationId }]) => ({ path, method, operationId })),
    )
    expect(operations).toEqual(
      expect.arrayContaining(
        endpoints.map(({ operationId, endpoint }) => ({
          path: endpoint.path,
          method: (endpoint.method ?? 'GET').toLowerCase(),
          operationId,
        })),
      ),
    )
    expect(operations).toHaveLength(endpoints.length)
    const refs = [...JSON.stringify(committed).matchAll(/"#\/components\/schemas\/(\w+)"/g)]
    for (const [, id] of refs) expect(committed.components.schemas).toHaveProperty(id ?? '')
  })

  it('takes Accept-Language on every operation and says Content-Language on every answer with a body', () => {
    const acceptLanguage = { $ref: '#/components/parameters/AcceptLanguage' }
    expect(committed.components.parameters.AcceptLanguage).toMatchObject({
      name: 'Accept-Language',
      in: 'header',
    })
    let answers = 0
    for (const [path, methods] of Object.entries(committed.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const name = `${method.toUpperCase()} ${path}`
        expect(operation.parameters, name).toContainEqual(acceptLanguage)
        for (const [status, response] of Object.entries(
          operation.responses as Record<string, { content?: unknown; headers?: object }>,
        )) {
          if (!response.content) continue
          answers += 1
          expect(response.headers, `${name} ${status}`).toMatchObject({
            'Content-Language': { $ref: '#/components/headers/ContentLanguage' },
          })
        }
      }
    }
    expect(answers).toBeGreaterThan(50)
  })
})
