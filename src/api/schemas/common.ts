// zod/mini: the same validation as classic zod at a fraction of the bundle size, because every
// check is a tree-shakable function instead of a method on every schema. Documentation for the
// OpenAPI document is attached in src/api/openapi.ts, so none of it ships to the browser.
import * as z from 'zod/mini'

/** Opaque identifier: clients never parse it. */
export const id = () => z.string().check(z.minLength(1), z.maxLength(200))

/** A whole number of points, optionally with a lower bound. */
export const points = (min?: number) => (min === undefined ? z.int() : z.int().check(z.gte(min)))

/** ISO 8601 timestamp with an offset, e.g. 2026-12-03T00:00:00Z. */
export const timestamp = () => z.iso.datetime({ offset: true })

/** Calendar date, e.g. 1990-05-17. */
export const calendarDate = () => z.iso.date()

/** ISO 4217 currency code. */
export const CurrencyCode = z.string().check(z.regex(/^[A-Z]{3}$/))

/** Money in integer minor units (cents for USD) with its currency. */
export const Money = z.object({ amount: z.int(), currency: CurrencyCode })
export type Money = z.infer<typeof Money>

/** Every cursor-paged list has this shape; `nextCursor` is null at the end. */
export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) })
}
