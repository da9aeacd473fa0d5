import type { Endpoint } from '../endpoint'
import { SampleUnavailable, type EndpointDocs } from '../endpoint-docs'
import { IDEMPOTENCY_KEY_RETENTION_HOURS } from '../schemas/idempotency-key'
import { Checkout, CheckoutRequest } from '../schemas/membership'
import { getMembership } from './get-membership'

/** Starts paying for VIP: answers where the payment provider takes the member to pay. */
export const startCheckout = {
  method: 'POST',
  path: '/me/membership/checkout',
  session: true,
  body: CheckoutRequest,
  idempotent: true,
  responses: { 201: Checkout },
  problems: ['conflict', 'idempotency_key_reused', 'idempotency_key_in_use'],
} as const satisfies Endpoint

export const docs: EndpointDocs<typeof startCheckout> = {
  summary: 'Start the checkout for a VIP plan (idempotent)',
  description: [
    'Answers a checkout session on the API’s payment provider: the portal sends the member’s browser to `checkoutUrl`, and never sees card details.',
    'When the member is done, the provider sends them back to `returnUrl` with `outcome` (`success`, `cancelled` or `failed`) and `session` (the `sessionId`) added to its query; the provider tells the API itself, and GET /me/membership says the result.',
    'A member who is VIP already (active, or cancelled with benefits still running) is refused with 409 conflict.',
    `Idempotency works as for POST /redemptions: the key is kept with its result for ${String(IDEMPOTENCY_KEY_RETENTION_HOURS)} hours; a repeat with the same key and body answers the same checkout again (\`Idempotent-Replayed: true\`), so a double click or a second tab never starts two; the same key with another body is refused with 422 idempotency_key_reused.`,
  ].join(' '),
  responses: {
    201: {
      description: 'The checkout to send the member to (or the replay of an earlier one)',
      headers: {
        'Idempotent-Replayed': {
          description: '`true` when this answers a repeat of an earlier request with the key',
          schema: { type: 'string' },
        },
      },
    },
  },
  schemas: [
    {
      schema: CheckoutRequest,
      description: 'The plan to pay for and where the provider sends the member back to',
      fields: { returnUrl: 'The portal’s page for the end of the checkout' },
    },
    {
      schema: Checkout,
      description: 'A checkout session on the payment provider',
      fields: {
        sessionId: 'The provider’s session, also added to the return URL as `session`',
        checkoutUrl: 'Where to send the member’s browser to pay',
        expiresAt: 'After this the session can no longer be paid; start another',
      },
    },
  ],
  async sample({ call }) {
    const membership = await call(getMembership, {})
    if (membership.status === 'active' || membership.status === 'cancelled') {
      throw new SampleUnavailable('the member is VIP already')
    }
    return {
      input: {
        body: { planId: 'monthly', returnUrl: 'https://rewards.example.com/membership/return' },
        idempotencyKey: crypto.randomUUID(),
      },
      note: 'the monthly plan',
    }
  },
  variant: (input) => ({
    ...input,
    body: { ...input.body, planId: input.body.planId === 'monthly' ? 'yearly' : 'monthly' },
  }),
  // A checkout that is paid makes the member VIP, and a VIP cannot start another.
  again: async () => null,
}
