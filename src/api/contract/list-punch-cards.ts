import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { PunchCard, PunchCardListQuery, PunchCardPage } from '../schemas/punch-card'

/** The member's punch cards: stamps towards a free item or bonus points. */
export const listPunchCards = {
  path: '/me/punch-cards',
  session: true,
  query: PunchCardListQuery,
  responses: { 200: PunchCardPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listPunchCards> = {
  summary: 'The member’s punch cards, cursor paged',
  description:
    'Each qualifying purchase adds a stamp; the stamp that fills a card gives its reward (bonus points are credited at once) and the next stamp starts a new card.',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Punch cards per page',
  },
  schemas: [
    {
      schema: PunchCard,
      description: 'A punch card, in the language asked for',
      fields: {
        stamps: 'Stamps on the card being filled, from 0 to stampsRequired − 1',
        completions: 'Cards filled so far',
        lastStampAt: 'Null before the first stamp',
      },
    },
    { schema: PunchCardPage, description: 'One page of punch cards' },
  ],
}
