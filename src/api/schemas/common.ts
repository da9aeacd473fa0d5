import { z } from 'zod'

/** Opaque identifier: clients never parse it. */
export const Id = z.string().min(1).max(200).meta({ description: 'Opaque identifier' })

/** Points are always whole numbers. */
export const Points = z.number().int().meta({ description: 'A whole number of points' })

/** ISO 8601 timestamp with an offset, e.g. 2026-12-03T00:00:00Z. */
export const Timestamp = z.iso.datetime({ offset: true }).meta({
  description: 'ISO 8601 date-time with offset',
})

/** Calendar date, e.g. 1990-05-17. */
export const CalendarDate = z.iso.date().meta({ description: 'ISO 8601 calendar date' })

export const CurrencyCode = z
  .string()
  .regex(/^[A-Z]{3}$/)
  .meta({ description: 'ISO 4217 currency code' })

/** Money in integer minor units (cents for USD) with its currency. */
export const Money = z
  .object({
    amount: z.number().int().meta({ description: 'Integer amount in minor units' }),
    currency: CurrencyCode,
  })
  .meta({ id: 'Money' })
export type Money = z.infer<typeof Money>

/** Every cursor-paged list has this shape. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable().meta({ description: 'Cursor for the next page; null at the end' }),
  })
}
