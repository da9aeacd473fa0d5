/** Writes the loyalty API's OpenAPI document from the contract schemas (npm run openapi). */
import { writeFileSync } from 'node:fs'
import { buildOpenApiDocument } from '../src/api/openapi'

const target = new URL('../src/api/openapi.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`)
console.info(`Wrote ${target.pathname}`)
