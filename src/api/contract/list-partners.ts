import type { Endpoint } from '../endpoint'
import type { EndpointDocs } from '../endpoint-docs'
import { Partner, PartnerListQuery, PartnerLogo, PartnerPage } from '../schemas/partner'

/** Partner brands where members earn points too. Public. */
export const listPartners = {
  path: '/partners',
  session: false,
  query: PartnerListQuery,
  responses: { 200: PartnerPage },
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof listPartners> = {
  summary: 'Partner brands where members also earn points, cursor paged',
  description:
    'Purchases at a partner earn points at its rate (no tier multiplier, and they do not count towards a tier). They appear in the member’s activity under the partner’s name once the partner reports them.',
  query: {
    cursor: 'Where the page starts: the previous page’s nextCursor',
    limit: 'Partners per page',
  },
  schemas: [
    { schema: PartnerLogo, description: 'A logo as a base64 data URL (SVG, PNG or WebP)' },
    {
      schema: Partner,
      description: 'A partner brand, in the language asked for',
      fields: {
        earnRate: 'Points for every `per` spent at the partner',
        url: 'The partner’s site (https)',
        logo: 'Null when there is none',
      },
    },
    { schema: PartnerPage, description: 'One page of partners, in the program’s order' },
  ],
}
