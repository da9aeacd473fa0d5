import { queryOptions } from '@tanstack/react-query'
import { call } from './client'
import type { Endpoint, Input } from './endpoint'

/**
 * The query key of an endpoint's answer to `input`: its path, under ['member'] when it is the
 * signed-in member's, so that invalidating ['member'] refreshes everything about them.
 */
export const queryKeyOf = (endpoint: Endpoint, input: object) =>
  endpoint.session === true ? ['member', endpoint.path, input] : [endpoint.path, input]

/**
 * Query options for a GET endpoint (one declared without a method): its key and its call,
 * both derived from the declaration.
 */
export const endpointQuery = <E extends Endpoint & { method?: undefined }>(
  endpoint: E,
  input: Input<E> & object,
) =>
  queryOptions({
    queryKey: queryKeyOf(endpoint, input),
    queryFn: ({ signal }) => call(endpoint, { ...input, signal }),
  })
