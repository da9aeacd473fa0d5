import { localize } from '../engine/language'
import { Ledger } from '../engine/ledger'
import { createProgram } from '../engine/program-rules'
import { words } from '../engine/words/words'
import { createMemberProfile } from '../engine/members'
import {
  emptyEngagement,
  emptyWallet,
  type ScenarioContext,
  type ScenarioState,
} from './scenario-state'

/**
 * Someone who has just joined: the program's welcome bonus (if it gives one) and nothing else.
 * Lena by default; joining through the API builds the same state for the person who joined.
 */
export function buildJustJoined(context: ScenarioContext): ScenarioState {
  const { now, program } = context
  const joining = context.joining ?? {
    firstName: 'Lena',
    lastName: 'Park',
    email: 'lena.park@example.com',
  }
  const member = {
    ...createMemberProfile({
      // Each person who joins gets an id of their own.
      random: context.random.fork(context.joining ? `member:${joining.email}` : 'member'),
      firstName: joining.firstName,
      lastName: joining.lastName,
      memberSince: now,
      birthday: null,
    }),
    email: joining.email,
  }
  const ledger = new Ledger()
  if (program.welcomeBonus > 0) {
    ledger.earn({
      source: 'welcome',
      points: program.welcomeBonus,
      occurredAt: now,
      description: localize((language) =>
        words(language).history.welcome(createProgram(language).name),
      ),
    })
  }
  return {
    member,
    ledger,
    redemptions: emptyWallet(context),
    engagement: emptyEngagement(context),
    catalog: context.catalog,
  }
}
