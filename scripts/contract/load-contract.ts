// The contract as the OpenAPI generator, verify-api and the contract tests see it: every
// endpoint declared in src/api/contract/ (one per file, named by its export) with its docs,
// and a name for every zod schema the contract exports.
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type * as z from 'zod/mini'
import type { Endpoint, RequestParts } from '@/api/endpoint'
import type { EndpointDocs, SampleContext } from '@/api/endpoint-docs'

const API_DIR = fileURLToPath(new URL('../../src/api/', import.meta.url))

/** An endpoint's docs, seen from code that handles any endpoint: inputs are RequestParts. */
export type AnyEndpointDocs = Omit<EndpointDocs<Endpoint>, 'sample' | 'variant' | 'again'> & {
  sample?: (context: SampleContext) => Promise<{ input: RequestParts; note?: string }>
  variant?: (input: RequestParts) => RequestParts
  again?: (context: SampleContext, input: RequestParts) => Promise<RequestParts | null>
}

export type DeclaredEndpoint = {
  /** The declaration's export name. */
  operationId: string
  endpoint: Endpoint
  docs: AnyEndpointDocs
  /** e.g. src/api/contract/get-balance.ts */
  file: string
}

export type Contract = {
  /** By path, then method. */
  endpoints: DeclaredEndpoint[]
  /** Every exported schema of src/api/schemas/ and src/api/contract/, by export name. */
  schemaNames: Map<z.ZodMiniType, string>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const isSchema = (value: unknown): value is z.ZodMiniType => isRecord(value) && '_zod' in value

function isEndpoint(value: unknown): value is Endpoint {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    isRecord(value.responses) &&
    'session' in value
  )
}

const isDocs = (value: unknown): value is AnyEndpointDocs =>
  isRecord(value) && typeof value.summary === 'string'

/** Every module of a directory of src/api/, tests aside, by file name. */
async function modules(dir: string): Promise<[string, Record<string, unknown>][]> {
  const files = readdirSync(path.join(API_DIR, dir))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .sort()
  return Promise.all(
    files.map(async (file): Promise<[string, Record<string, unknown>]> => {
      const module: Record<string, unknown> = await import(
        pathToFileURL(path.join(API_DIR, dir, file)).href
      )
      return [`src/api/${dir}/${file}`, module]
    }),
  )
}

export async function loadContract(): Promise<Contract> {
  const declarations = await modules('contract')
  const endpoints = declarations.map(([file, module]): DeclaredEndpoint => {
    const found = Object.entries(module).filter(([, value]) => isEndpoint(value))
    const [declared, ...others] = found
    if (!declared || others.length > 0) {
      throw new Error(
        `${file} must declare exactly one endpoint; it declares ${String(found.length)}`,
      )
    }
    const [operationId, endpoint] = declared
    if (!isEndpoint(endpoint)) throw new Error(`${file}: ${operationId} is not an endpoint`)
    if (!isDocs(module.docs)) throw new Error(`${file} must export its docs (a summary at least)`)
    return { operationId, endpoint, docs: module.docs, file }
  })
  endpoints.sort(
    (a, b) =>
      a.endpoint.path.localeCompare(b.endpoint.path) ||
      (a.endpoint.method ?? 'GET').localeCompare(b.endpoint.method ?? 'GET'),
  )

  const schemaNames = new Map<z.ZodMiniType, string>()
  for (const [, module] of [...(await modules('schemas')), ...declarations]) {
    for (const [name, value] of Object.entries(module)) {
      if (isSchema(value) && !schemaNames.has(value)) schemaNames.set(value, name)
    }
  }
  return { endpoints, schemaNames }
}
