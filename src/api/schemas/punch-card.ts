import * as z from 'zod/mini'
import { id, pageOf, points, timestamp } from './common'

export const PunchCard = z.object({
  id: id(),
  name: z.string().check(z.minLength(1)),
  /** The rule in the program's words: "Buy 9 coffees at our cafés and the 10th is on us". */
  description: z.string().check(z.minLength(1)),
  /** Stamps that fill a card. */
  stampsRequired: z.int().check(z.gte(1)),
  /** Stamps on the card being filled now (a full card starts a new one). */
  stamps: z.int().check(z.gte(0)),
  /** Cards the member has filled. */
  completions: z.int().check(z.gte(0)),
  /** What filling a card gives. */
  reward: z.object({
    description: z.string().check(z.minLength(1)),
    /** Bonus points credited when a card is filled; null when the reward is not points. */
    points: z.nullable(points(1)),
  }),
  lastStampAt: z.nullable(timestamp()),
})
export type PunchCard = z.infer<typeof PunchCard>

export const PunchCardPage = pageOf(PunchCard)
export type PunchCardPage = z.infer<typeof PunchCardPage>

/** Query string of GET /me/punch-cards, as the server parses it. */
export const PunchCardListQuery = z.object({
  cursor: z.optional(z.string()),
  limit: z._default(z.coerce.number<number>().check(z.int(), z.gte(1), z.lte(100)), 20),
})
export type PunchCardListQuery = z.input<typeof PunchCardListQuery>
