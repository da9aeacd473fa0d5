import type { Program } from '@/api/schemas/program'
import type { AccountSeed } from '../engine/account'
import type { CatalogReward } from '../engine/catalog'
import type { ChallengeDefinition } from '../engine/challenges'
import { Ledger } from '../engine/ledger'
import { planHistory, type HistoryPlan } from '../engine/member-history'
import type { MembershipRecord } from '../engine/membership'
import type { MemberProfile } from '../engine/members'
import type { PartnerDefinition } from '../engine/partners'
import type { PunchCardDefinition } from '../engine/punch-cards'
import { StampBook } from '../engine/punch-cards'
import type { Random } from '../engine/random'
import { RedemptionBook } from '../engine/redemptions'
import { ReferralBook } from '../engine/referrals'

/** Someone joining the program: who the new member is. */
export type Joining = { firstName: string; lastName: string; email: string }

/** What a scenario starts from: the program, the catalog and the moment the engine was created. */
export type ScenarioContext = {
  program: Program
  catalog: CatalogReward[]
  now: Date
  random: Random
  /** The person joining, for the scenario of a member who has just joined. */
  joining?: Joining | undefined
}

/** The engine's state for one member. */
export type ScenarioState = {
  member: MemberProfile
  ledger: Ledger
  /** The member's wallet; the engine records new redemptions in it too. */
  redemptions: RedemptionBook
  catalog: CatalogReward[]
  /** Friends referred, punch card stamps and the member's challenges. */
  engagement: Engagement
  /** A paid VIP membership, for the members who have one. */
  membership?: MembershipRecord | undefined
  /**
   * The member's survey dismissals and channel opt-ins. When absent: this period's question
   * was put away already (only survey-due asks it), and e-mail is opted in when the member
   * subscribed to the newsletter.
   */
  account?: AccountSeed
  /** The program's partner brands, when it has others than the usual ones (PARTNERS). */
  partners?: readonly PartnerDefinition[]
  /** The program's punch cards, when it has others than the usual ones (PUNCH_CARDS). */
  punchCards?: readonly PunchCardDefinition[]
}

/** What the member does beyond purchases and redemptions that the program rewards. */
export type Engagement = {
  referrals: ReferralBook
  stamps: StampBook
  /** The challenges offered to this member (offers are personal). */
  challenges: ChallengeDefinition[]
}

/** No friends referred, no stamps, no challenges, with ids from the scenario's own stream. */
export function emptyEngagement(context: ScenarioContext): Engagement {
  return {
    referrals: new ReferralBook(context.random.fork('referrals')),
    stamps: new StampBook(),
    challenges: [],
  }
}

/** An empty wallet whose ids and codes come from the scenario's own random stream. */
export function emptyWallet(context: ScenarioContext): RedemptionBook {
  return new RedemptionBook(context.random.fork('redemptions'))
}

/**
 * A fresh ledger, wallet and engagement, and a plan that fills them by the program's rules when
 * committed.
 */
export function startHistory(context: ScenarioContext): {
  ledger: Ledger
  redemptions: RedemptionBook
  engagement: Engagement
  history: HistoryPlan
} {
  const ledger = new Ledger()
  const redemptions = emptyWallet(context)
  const engagement = emptyEngagement(context)
  const history = planHistory({
    program: context.program,
    ledger,
    catalog: context.catalog,
    redemptions,
    referrals: engagement.referrals,
    stamps: engagement.stamps,
    random: context.random.fork('history'),
  })
  return { ledger, redemptions, engagement, history }
}

/** A moment on the given day relative to now, at a plausible time of day (UTC). */
export function daysAgo(now: Date, days: number, hourUtc = 14): Date {
  const date = new Date(now.getTime() - days * 86_400_000)
  date.setUTCHours(hourUtc, 0, 0, 0)
  // Never in the future, even when "today at 14:00" has not happened yet.
  return date.getTime() > now.getTime() ? new Date(now.getTime() - 60_000) : date
}
