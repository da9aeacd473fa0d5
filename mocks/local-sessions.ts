import * as z from 'zod/mini'
import type { LoyaltyEngine } from './engine/engine'
import { JOURNAL_KEY_PREFIX } from './engine/journal'
import { joinedMemberAt } from './handlers/joining'
import { implicitSessions, type LocalSessionMemory, type SessionStore } from './handlers/session'
import { signedOutScenarios, type ScenarioName } from './scenarios/scenarios'

/**
 * The portal's mark of a member's session in this browser (src/lib/visitor.tsx): a scenario that
 * starts signed out clears it, since whoever was signed in before (another scenario's member)
 * is not; the portal would otherwise take the guest for a member whose session ended.
 */
export const APP_HAD_SESSION_KEY = 'rewards:had-session'

// Only the schema kinds the portal's contract uses: mock code shares zod with the portal.
const SessionMemory = z.object({
  signedIn: z.nullable(z.string()),
  joined: z.array(
    z.object({
      joining: z.object({ firstName: z.string(), lastName: z.string(), email: z.string() }),
      at: z.iso.datetime({ offset: true }),
    }),
  ),
})

export const sessionMemoryKey = (scenario: ScenarioName) =>
  `${JOURNAL_KEY_PREFIX}${scenario}:sessions`

/** Who joined in this browser's mock and who is signed in, as a reload left them. */
function readMemory(storage: Storage | null, key: string): LocalSessionMemory | null {
  try {
    const raw = storage?.getItem(key)
    if (!raw) return null
    const parsed = SessionMemory.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * The browser mock's sessions for `scenario`: the scenario's member signed in (signed out in
 * the guest scenario), and the members who join, all kept in `storage` (with the journals, so
 * "Reset mock state" clears them) and rebuilt as they were on the next start.
 */
export function localSessions(options: {
  scenario: ScenarioName
  engine: LoyaltyEngine
  storage: Storage | null
  warn: (message: string) => void
}): SessionStore {
  const { scenario, engine, storage, warn } = options
  const key = sessionMemoryKey(scenario)
  const remembered = readMemory(storage, key)
  const signedOut = signedOutScenarios.includes(scenario)
  if (signedOut && (remembered?.signedIn ?? null) === null) {
    try {
      storage?.removeItem(APP_HAD_SESSION_KEY)
    } catch {
      // Blocked storage holds no mark.
    }
  }
  return implicitSessions(() => engine, {
    signedOut,
    join: (joining) => joinedMemberAt(joining, new Date()),
    ...(remembered && {
      remembered: {
        signedIn: remembered.signedIn,
        joined: remembered.joined.map(({ joining, at }) => ({
          engine: joinedMemberAt(joining, new Date(at)),
          at,
        })),
      },
    }),
    onChange: (memory) => {
      try {
        storage?.setItem(key, JSON.stringify(memory))
      } catch {
        warn('Who joined and who is signed in could not be saved; it lasts until reload.')
      }
    },
  })
}
