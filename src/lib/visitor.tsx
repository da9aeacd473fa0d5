import { createContext, useContext, useSyncExternalStore } from 'react'
import { MEMBER_STORAGE_PREFIX } from './member-storage'

/**
 * Set while a member's session is (or was last known to be) alive in this browser; cleared on
 * sign-out with the member's other data. A 401 with it set means a session ended; without it,
 * the visitor was simply never signed in (a first visit) and sees the guest view.
 */
export const HAD_SESSION_KEY = `${MEMBER_STORAGE_PREFIX}had-session`

/** A member's data arrived: their session is alive. */
export function rememberSession() {
  try {
    if (localStorage.getItem(HAD_SESSION_KEY) === null) localStorage.setItem(HAD_SESSION_KEY, '1')
  } catch {
    // Storage blocked: an ended session then looks like a first visit (the guest view).
  }
}

/** Whether this browser had a member's session that has not been signed out of. */
export function hadSession(): boolean {
  try {
    return localStorage.getItem(HAD_SESSION_KEY) !== null
  } catch {
    return false
  }
}

/** The session ended and the member has been told: the next 401 is a guest's. */
export function forgetSession() {
  try {
    localStorage.removeItem(HAD_SESSION_KEY)
  } catch {
    // Storage blocked: nothing was kept.
  }
}

/**
 * Who is at the portal: a member, or a guest (the API answered 401 with no session behind
 * it). Guests see what the program is, with Sign in and Join, wherever they are.
 */
export type Visitor = {
  isGuest(): boolean
  setGuest(guest: boolean): void
  subscribe(listener: () => void): () => void
}

export function createVisitor(): Visitor {
  let guest = false
  const listeners = new Set<() => void>()
  return {
    isGuest: () => guest,
    setGuest(next) {
      if (next === guest) return
      guest = next
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

const VisitorContext = createContext<Visitor>(createVisitor())

export const VisitorProvider = VisitorContext.Provider

export const useVisitor = () => useContext(VisitorContext)

/** True while the visitor is a guest; re-renders when they sign in or are found to be one. */
export function useIsGuest(): boolean {
  const visitor = useVisitor()
  return useSyncExternalStore(visitor.subscribe, visitor.isGuest)
}

/** After a sign-in or joining: a member now, with a session to tell the end of. */
export function becameMember(visitor: Visitor) {
  rememberSession()
  visitor.setGuest(false)
}

/** What the dashboard is told, in the navigation's state, about a member who has just joined. */
export type JoinedState = { joined: { firstName: string; welcomeBonus: number } }

/** The welcome of a member who has just joined, from a navigation's state (anything else: null). */
export function joinedFrom(state: unknown): JoinedState['joined'] | null {
  if (typeof state !== 'object' || state === null || !('joined' in state)) return null
  const { joined } = state
  if (typeof joined !== 'object' || joined === null) return null
  const firstName = 'firstName' in joined ? joined.firstName : undefined
  const welcomeBonus = 'welcomeBonus' in joined ? joined.welcomeBonus : undefined
  if (typeof firstName !== 'string' || typeof welcomeBonus !== 'number') return null
  return { firstName, welcomeBonus }
}
