/** Writes the loyalty API's OpenAPI document from the endpoint declarations (npm run openapi). */
import { writeFileSync } from 'node:fs'
import { mockExamples } from './contract/examples'
import { loadContract } from './contract/load-contract'
import { buildOpenApiDocument } from './contract/openapi'

const contract = await loadContract()
const document = buildOpenApiDocument(contract, await mockExamples(contract.endpoints))
const target = new URL('../src/api/openapi.json', import.meta.url)
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`)
console.info(`Wrote ${target.pathname}`)
