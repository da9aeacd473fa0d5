import { describe, expect, it } from 'vitest'
import { APP_HAD_SESSION_KEY } from '../../mocks/local-sessions'
import { clearMemberStorage } from './member-storage'
import {
  becameMember,
  createVisitor,
  forgetSession,
  hadSession,
  HAD_SESSION_KEY,
  joinedFrom,
  rememberSession,
} from './visitor'

describe('the mark of a member’s session', () => {
  it('is set when a member’s data arrives, and goes with a sign-out or once told', () => {
    expect(hadSession()).toBe(false)
    rememberSession()
    expect(hadSession()).toBe(true)
    forgetSession()
    expect(hadSession()).toBe(false)
    rememberSession()
    // Signing out forgets everything kept about the member, the mark included.
    clearMemberStorage()
    expect(hadSession()).toBe(false)
  })

  it('is the one the browser mock clears for a scenario that starts signed out', () => {
    expect(APP_HAD_SESSION_KEY).toBe(HAD_SESSION_KEY)
  })

  it('a sign-in or joining makes the guest a member', () => {
    const visitor = createVisitor()
    visitor.setGuest(true)
    becameMember(visitor)
    expect(visitor.isGuest()).toBe(false)
    expect(hadSession()).toBe(true)
  })
})

describe('joinedFrom', () => {
  it('reads the welcome of a member who has just joined, and nothing else', () => {
    expect(joinedFrom({ joined: { firstName: 'Alex', welcomeBonus: 100 } })).toEqual({
      firstName: 'Alex',
      welcomeBonus: 100,
    })
    for (const state of [
      null,
      undefined,
      'joined',
      {},
      { joined: null },
      { joined: { firstName: 'A' } },
    ]) {
      expect(joinedFrom(state)).toBeNull()
    }
  })
})
