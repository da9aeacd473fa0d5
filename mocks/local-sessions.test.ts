import { describe, expect, it } from 'vitest'
import { fixedClock } from './engine/clock'
import { createEngine } from './engine/engine'
import { TEST_API_BASE_URL, TEST_NOW } from './node'
import { APP_HAD_SESSION_KEY, localSessions } from './local-sessions'

const context = { request: new Request(`${TEST_API_BASE_URL}/me`), cookies: {} }
const alex = {
  firstName: 'Alex',
  lastName: 'Rivera',
  email: 'alex.rivera@example.com',
  password: 'correct horse battery',
  acceptedTerms: true,
}

const start = (scenario: 'guest' | 'default') =>
  localSessions({
    scenario,
    engine: createEngine({ scenario, clock: fixedClock(TEST_NOW) }),
    storage: localStorage,
    warn: () => {},
  })

describe('the browser mock’s sessions', () => {
  it('keeps who joined and who is signed in across a reload', () => {
    const first = start('guest')
    expect(first.engineFor(context)).toBeNull()
    const joined = first.signUp({ ...alex, idempotencyKey: 'k1' }, context)
    if (joined.outcome !== 'joined') throw new Error(joined.outcome)

    const reloaded = start('guest')
    const engine = reloaded.engineFor(context)
    expect(engine?.me()).toEqual(joined.result.member)
    expect(engine?.balance().available).toBe(joined.result.welcomeBonus)
    // Still one member per email after the reload.
    expect(reloaded.signUp({ ...alex, idempotencyKey: 'k2' }, context).outcome).toBe('email-taken')

    reloaded.signOut(context)
    expect(start('guest').engineFor(context)).toBeNull()
    const signedIn = start('guest').signIn({ email: alex.email, password: 'x' }, context)
    expect(signedIn.outcome).toBe('signed-in')
  })

  it('a signed-out start clears the portal’s mark of an earlier member’s session', () => {
    localStorage.setItem(APP_HAD_SESSION_KEY, '1')
    start('default')
    expect(localStorage.getItem(APP_HAD_SESSION_KEY)).toBe('1')
    start('guest')
    expect(localStorage.getItem(APP_HAD_SESSION_KEY)).toBeNull()
  })
})
