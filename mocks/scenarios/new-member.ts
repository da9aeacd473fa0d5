import { Ledger } from '../engine/ledger'
import { createMemberProfile } from '../engine/members'
import {
  emptyEngagement,
  emptyWallet,
  type ScenarioContext,
  type ScenarioState,
} from './scenario-state'

/** Sam joined today: no points, no history, no birthday on file yet. */
export function buildNewMember(context: ScenarioContext): ScenarioState {
  const member = createMemberProfile({
    random: context.random.fork('member'),
    firstName: 'Sam',
    lastName: 'Okafor',
    memberSince: context.now,
    birthday: null,
  })
  return {
    member,
    ledger: new Ledger(),
    redemptions: emptyWallet(context),
    engagement: emptyEngagement(context),
    catalog: context.catalog,
  }
}
