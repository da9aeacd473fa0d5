import type * as z from 'zod/mini'
import type { Endpoint, Input, Output } from './endpoint'
import type { SignInRequest } from './schemas/session'

/** `GET /rewards/{id}`: how reports and errors name an endpoint. */
export const endpointName = (endpoint: Endpoint) => `${endpoint.method ?? 'GET'} ${endpoint.path}`

/** Calls an endpoint and answers its success body; any other answer throws. */
export type Caller = <E extends Endpoint>(endpoint: E, input: Input<E>) => Promise<Output<E>>

/**
 * What an endpoint's words and samples are made from: the API itself, through `call`, signed
 * in as a member whose credentials are at hand (the mock's default member for the document's
 * examples; the test member for verify-api).
 */
export type SampleContext = { call: Caller; credentials: SignInRequest }

/** Words for a schema the endpoint introduces (its component is named after its export). */
export type SchemaDocs = {
  schema: z.ZodMiniType
  description?: string
  /** Field descriptions, by field name. */
  fields?: Readonly<Record<string, string>>
}

export type HeaderDocs = { description: string; schema: { type: 'string' | 'integer' } }

/**
 * An endpoint's words for the OpenAPI document and how to exercise it (verify-api, the
 * document's examples). Each declaration file exports its own as `docs`; nothing in the portal
 * imports it, so none of it reaches a browser (npm run size shows it).
 */
export type EndpointDocs<E extends Endpoint> = {
  summary: string
  description?: string
  /** Query parameters' descriptions, by name. */
  query?: E['query'] extends z.ZodMiniType
    ? Partial<Readonly<Record<keyof z.input<E['query']>, string>>>
    : never
  /** Per success status: what it means and the headers it carries. */
  responses?: {
    readonly [S in keyof E['responses']]?: {
      description?: string
      headers?: Readonly<Record<string, HeaderDocs>>
    }
  }
  schemas?: readonly SchemaDocs[]
  /**
   * A valid input found through the API itself (ids from a list, a reward the member can
   * redeem), with a note on what it is for people reading a report. Needed when the endpoint
   * takes path parameters or a body.
   */
  sample?: (context: SampleContext) => Promise<{ input: Input<E>; note?: string }>
  /** Idempotent endpoints: the same key with another body, which the API must refuse. */
  variant?: (input: Input<E>) => Input<E>
  /**
   * Idempotent endpoints that act once per member and thing (an action, a birthday): another
   * valid input for the check that two requests racing on one new key change things once, or
   * null when the member has nothing left to do it with. The sample's input again when absent.
   */
  again?: (context: SampleContext, input: Input<E>) => Promise<Input<E> | null>
  /**
   * The mock scenario whose member the document's example is made as (one for whom it
   * succeeds, a member without a birthday, say); the default member when absent.
   */
  exampleAs?: string
}

/**
 * Thrown by a sample when the member it runs as has nothing the endpoint can act on (every
 * action done, a birthday already set): verify-api skips the endpoint's checks and says why.
 */
export class SampleUnavailable extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'SampleUnavailable'
  }
}
