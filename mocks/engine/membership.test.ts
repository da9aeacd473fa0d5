import { describe, expect, it } from 'vitest'
import { Checkout, Membership, MembershipPlans } from '@/api/schemas/membership'
import type { Clock } from './clock'
import { createEngine } from './engine'
import { EngineError } from './engine-error'
import { atOnce } from './idempotency'
import { createJournaledEngine, memoryJournal } from './journal'
import { addMonths, membershipAt, periodEnd, PLAN_PRICES } from './membership'

const RETURN = 'https://rewards.example.com/membership/return'

/** A clock the test moves on. */
function movableClock(iso: string) {
  let now = new Date(iso)
  const clock: Clock = () => new Date(now.getTime())
  return {
    clock,
    advanceDays: (days: number) => (now = new Date(now.getTime() + days * 86_400_000)),
    advanceSeconds: (seconds: number) => (now = new Date(now.getTime() + seconds * 1000)),
  }
}

let keys = 0
const freshKey = () => `vip-key-${String(++keys)}`

function refusalCode(attempt: () => unknown) {
  try {
    attempt()
  } catch (error) {
    if (error instanceof EngineError) return `${String(error.status)} ${error.code}`
    throw error
  }
  throw new Error('expected a refusal')
}

describe('VIP membership rules', () => {
  it('renews monthly on the same day, or the month’s last day when it lacks it', () => {
    expect(addMonths(new Date('2026-01-31T10:00:00Z'), 1).toISOString()).toBe(
      '2026-02-28T10:00:00.000Z',
    )
    const record = { planId: 'monthly' as const, startedAt: new Date('2026-01-31T10:00:00Z') }
    expect(periodEnd(record, new Date('2026-03-01T00:00:00Z')).toISOString()).toBe(
      '2026-03-31T10:00:00.000Z',
    )
  })

  it('renews yearly a year after the start, and keeps benefits to the period’s end once cancelled', () => {
    const startedAt = new Date('2026-03-10T09:00:00Z')
    const active = membershipAt(
      { planId: 'yearly', startedAt, cancelledAt: null },
      new Date('2026-11-20T00:00:00Z'),
    )
    expect(active).toEqual({
      status: 'active',
      planId: 'yearly',
      startedOn: '2026-03-10',
      renewsOn: '2027-03-10',
      benefitsEndOn: '2027-03-09',
    })
    const cancelled = {
      planId: 'yearly' as const,
      startedAt,
      cancelledAt: new Date('2026-11-20T00:00:00Z'),
    }
    expect(membershipAt(cancelled, new Date('2027-03-09T12:00:00Z'))).toMatchObject({
      status: 'cancelled',
      benefitsEndOn: '2027-03-09',
      renewsOn: null,
    })
    expect(membershipAt(cancelled, new Date('2027-03-10T09:00:00Z')).status).toBe('none')
  })
})

describe('the engine’s VIP membership', () => {
  it('offers both plans at their prices and what VIP adds over a Silver tier', () => {
    const plans = MembershipPlans.parse(createEngine({ scenario: 'default' }).membershipPlans('en'))
    expect(plans.plans).toEqual([
      { id: 'monthly', price: { amount: PLAN_PRICES.monthly, currency: 'USD' } },
      { id: 'yearly', price: { amount: PLAN_PRICES.yearly, currency: 'USD' } },
    ])
    // Silver has early access already; free express shipping is an upgrade of its shipping.
    expect(plans.adds.map((benefit) => benefit.title)).toEqual([
      'A monthly café treat',
      'Free express shipping',
      'Private events',
    ])
    const spanish = createEngine({ scenario: 'default' }).membershipPlans('es')
    expect(spanish.adds[0]?.title).toBe('Un detalle mensual en la cafetería')
  })

  it('a checkout that succeeds makes the member VIP; the same key answers the same checkout', () => {
    const { clock } = movableClock('2026-11-20T15:00:00Z')
    const engine = createEngine({ scenario: 'default', clock })
    expect(engine.membership().status).toBe('none')
    const command = { planId: 'monthly' as const, returnUrl: RETURN, idempotencyKey: freshKey() }
    const first = atOnce(engine.beginCheckout(command))
    const checkout = Checkout.parse(first.result)
    const url = new URL(checkout.checkoutUrl)
    expect(`${url.origin}${url.pathname}`).toBe(RETURN)
    expect(url.searchParams.get('outcome')).toBe('success')
    expect(url.searchParams.get('session')).toBe(checkout.sessionId)
    expect(Membership.parse(engine.membership())).toMatchObject({
      status: 'active',
      planId: 'monthly',
      startedOn: '2026-11-20',
      renewsOn: '2026-12-20',
    })
    const again = atOnce(engine.beginCheckout(command))
    expect(again).toEqual({ result: first.result, replayed: true })
    expect(refusalCode(() => engine.beginCheckout({ ...command, planId: 'yearly' }))).toBe(
      '422 idempotency_key_reused',
    )
    // VIP already: a new checkout is refused.
    expect(
      refusalCode(() => atOnce(engine.beginCheckout({ ...command, idempotencyKey: freshKey() }))),
    ).toBe('409 conflict')
  })

  it('a checkout the member cancels at the provider changes nothing', () => {
    const engine = createEngine({ scenario: 'default' })
    engine.setCheckoutOutcome('cancelled')
    const { result } = atOnce(
      engine.beginCheckout({ planId: 'yearly', returnUrl: RETURN, idempotencyKey: freshKey() }),
    )
    expect(new URL(result.checkoutUrl).searchParams.get('outcome')).toBe('cancelled')
    expect(engine.membership().status).toBe('none')
  })

  it('a payment the provider confirms late: pending for 90 s, then VIP from then', () => {
    const { clock, advanceSeconds } = movableClock('2026-11-20T23:59:30Z')
    const engine = createEngine({ scenario: 'default', clock })
    engine.setCheckoutOutcome('late')
    const { result } = atOnce(
      engine.beginCheckout({ planId: 'monthly', returnUrl: RETURN, idempotencyKey: freshKey() }),
    )
    // The member paid: they come back to the portal from a successful checkout.
    expect(new URL(result.checkoutUrl).searchParams.get('outcome')).toBe('success')
    expect(Membership.parse(engine.membership())).toEqual({
      status: 'pending',
      planId: 'monthly',
      startedOn: null,
      renewsOn: null,
      benefitsEndOn: null,
    })
    // Nothing to cancel yet, and nothing to pay twice.
    expect(
      refusalCode(() => atOnce(engine.beginCancelMembership({ idempotencyKey: freshKey() }))),
    ).toBe('409 conflict')
    expect(
      refusalCode(() =>
        atOnce(
          engine.beginCheckout({ planId: 'yearly', returnUrl: RETURN, idempotencyKey: freshKey() }),
        ),
      ),
    ).toBe('409 conflict')
    advanceSeconds(89)
    expect(engine.membership().status).toBe('pending')
    advanceSeconds(1)
    expect(engine.membership()).toMatchObject({
      status: 'active',
      planId: 'monthly',
      startedOn: '2026-11-21',
      renewsOn: '2026-12-21',
    })
  })

  it('a late confirmation is replayed from the journal at the same moment', () => {
    const { clock, advanceSeconds } = movableClock('2026-11-20T15:00:00Z')
    const store = memoryJournal()
    const engine = createJournaledEngine({ scenario: 'default', clock, store })
    engine.setCheckoutOutcome('late')
    atOnce(
      engine.beginCheckout({ planId: 'yearly', returnUrl: RETURN, idempotencyKey: freshKey() }),
    )
    advanceSeconds(30)
    const reloaded = createJournaledEngine({ scenario: 'default', clock, store })
    expect(reloaded.membership().status).toBe('pending')
    advanceSeconds(60)
    expect(reloaded.membership()).toMatchObject({ status: 'active', planId: 'yearly' })
  })

  it('vip-member: an active yearly VIP; cancelling twice cancels once, benefits last to the renewal', () => {
    const { clock, advanceDays } = movableClock('2026-11-20T15:00:00Z')
    const engine = createEngine({ scenario: 'vip-member', clock })
    expect(engine.me()).toMatchObject({ email: 'hana.sato@example.com', tierId: 'tier_silver' })
    const active = Membership.parse(engine.membership())
    expect(active).toMatchObject({ status: 'active', planId: 'yearly', startedOn: '2026-08-12' })
    expect(active.renewsOn).toBe('2027-08-12')
    const key = freshKey()
    const cancelled = atOnce(engine.beginCancelMembership({ idempotencyKey: key }))
    expect(cancelled.result).toMatchObject({ status: 'cancelled', benefitsEndOn: '2027-08-11' })
    advanceDays(0.5)
    expect(atOnce(engine.beginCancelMembership({ idempotencyKey: key }))).toEqual({
      result: cancelled.result,
      replayed: true,
    })
    // Cancelling a cancelled membership with a new key changes nothing either.
    expect(atOnce(engine.beginCancelMembership({ idempotencyKey: freshKey() })).result).toEqual(
      cancelled.result,
    )
    expect(
      refusalCode(() =>
        atOnce(
          engine.beginCheckout({
            planId: 'monthly',
            returnUrl: RETURN,
            idempotencyKey: freshKey(),
          }),
        ),
      ),
    ).toBe('409 conflict')
    advanceDays(265)
    expect(engine.membership().status).toBe('none')
    expect(
      refusalCode(() => atOnce(engine.beginCancelMembership({ idempotencyKey: freshKey() }))),
    ).toBe('409 conflict')
  })

  it('a checkout the provider refused is replayed as refused after a reload', () => {
    const store = memoryJournal()
    const first = createJournaledEngine({ scenario: 'default', store })
    first.setCheckoutOutcome('failed')
    const command = { planId: 'yearly' as const, returnUrl: RETURN, idempotencyKey: freshKey() }
    const failed = atOnce(first.beginCheckout(command)).result
    const reloaded = createJournaledEngine({ scenario: 'default', store })
    expect(reloaded.membership().status).toBe('none')
    // The same key still answers the same checkout; the next one is the provider's default.
    expect(atOnce(reloaded.beginCheckout(command))).toEqual({ result: failed, replayed: true })
    atOnce(reloaded.beginCheckout({ ...command, idempotencyKey: freshKey() }))
    expect(reloaded.membership().status).toBe('active')
  })

  it('a checkout and a cancellation survive a reload (the journal)', () => {
    const store = memoryJournal()
    const first = createJournaledEngine({ scenario: 'default', store })
    atOnce(first.beginCheckout({ planId: 'yearly', returnUrl: RETURN, idempotencyKey: freshKey() }))
    atOnce(first.beginCancelMembership({ idempotencyKey: freshKey() }))
    const reloaded = createJournaledEngine({ scenario: 'default', store })
    expect(reloaded.membership()).toEqual(first.membership())
    expect(reloaded.membership().status).toBe('cancelled')
  })
})
