import {
  SURVEY_REASON_MAX_LENGTH,
  type Channel,
  type Preferences,
  type SurveyAnswer,
  type SurveyStatus,
} from '@/api/schemas/account'
import { addDays, toTimestamp } from './dates'
import { EngineError } from './engine-error'
import { localize } from './language'
import type { Ledger } from './ledger'
import { OPT_IN_RULES, SURVEY_AFTER_DAYS, SURVEY_POINTS, SURVEY_RULE_ID } from './program-rules'
import { words } from './words/words'

/** The channels, in the order the program lists them. */
export const CHANNELS: readonly Channel[] = ['email', 'sms', 'push']

/** A survey period: a calendar quarter, UTC. Its id names the period's question. */
export type SurveyPeriod = { id: string; start: Date; end: Date }

/** The calendar quarter (UTC) `now` falls in; `end` is the next quarter's first moment. */
export function surveyPeriodOf(now: Date): SurveyPeriod {
  const year = now.getUTCFullYear()
  const quarter = Math.floor(now.getUTCMonth() / 3)
  return {
    id: `nps-${String(year)}-q${String(quarter + 1)}`,
    start: new Date(Date.UTC(year, quarter * 3, 1)),
    end: new Date(Date.UTC(year, quarter * 3 + 3, 1)),
  }
}

/** What a scenario says about the member's questions and channels. */
export type AccountSeed = {
  /** Periods whose question the member put away. */
  dismissed?: readonly string[]
  /** Channels opted in to from the start (their points as the ledger holds them). */
  optedIn?: readonly Channel[]
}

/**
 * The member's net promoter answers and dismissals, and their channel opt-ins. Rules: one
 * question per calendar quarter, asked from SURVEY_AFTER_DAYS after joining; one answer per
 * period, credited SURVEY_POINTS once; a dismissal is remembered for its period; the first
 * opt-in to a channel credits its points once ever (the ledger remembers it), an opt-out and
 * an opt-in again credit nothing.
 */
export class AccountBook {
  readonly #answers = new Map<string, SurveyAnswer>()
  readonly #dismissed: Set<string>
  readonly #optedIn: Set<Channel>

  constructor(
    private readonly ledger: Ledger,
    private readonly memberSince: string,
    seed: AccountSeed = {},
  ) {
    this.#dismissed = new Set(seed.dismissed ?? [])
    this.#optedIn = new Set(seed.optedIn ?? [])
  }

  #eligible(now: Date) {
    const since = new Date(`${this.memberSince}T00:00:00Z`)
    return addDays(since, SURVEY_AFTER_DAYS).getTime() <= now.getTime()
  }

  survey(now: Date): SurveyStatus {
    const period = surveyPeriodOf(now)
    const answer = this.#answers.get(period.id) ?? null
    const state = answer
      ? 'answered'
      : !this.#eligible(now)
        ? 'not_eligible'
        : this.#dismissed.has(period.id)
          ? 'dismissed'
          : 'due'
    return {
      surveyId: period.id,
      state,
      periodStart: toTimestamp(period.start),
      periodEnd: toTimestamp(period.end),
      points: SURVEY_POINTS > 0 ? SURVEY_POINTS : null,
      reasonMaxLength: SURVEY_REASON_MAX_LENGTH,
      answer: answer && { ...answer },
    }
  }

  #checkCurrent(surveyId: string, now: Date) {
    if (surveyId !== surveyPeriodOf(now).id) {
      throw new EngineError('conflict', 409, (w) => w.problems.surveyNotCurrent({ surveyId }))
    }
  }

  /** Records this period's answer and credits its points, or refuses. */
  answer(surveyId: string, score: number, now: Date): SurveyAnswer {
    this.#checkCurrent(surveyId, now)
    if (!this.#eligible(now)) {
      throw new EngineError('conflict', 409, (w) => w.problems.surveyNotEligible)
    }
    const earlier = this.#answers.get(surveyId)
    if (earlier) {
      const at = new Date(earlier.answeredAt)
      throw new EngineError(
        'already_completed',
        409,
        (w) =>
          w.problems.surveyAnswered({
            date: new Intl.DateTimeFormat(w.intlLocale, {
              dateStyle: 'long',
              timeZone: 'UTC',
            }).format(at),
          }),
        { extensions: { completedAt: earlier.answeredAt } },
      )
    }
    const entry =
      SURVEY_POINTS > 0
        ? this.ledger.earn({
            source: 'bonus',
            rule: SURVEY_RULE_ID,
            points: SURVEY_POINTS,
            occurredAt: now,
            description: localize((language) => words(language).history.surveyAnswered),
          })
        : null
    // The reason is read by the program's people; the mock keeps the score alone.
    const answer: SurveyAnswer = {
      surveyId,
      score,
      answeredAt: toTimestamp(now),
      pointsAwarded: entry?.points ?? 0,
      entryId: entry?.id ?? null,
    }
    this.#answers.set(surveyId, answer)
    return { ...answer }
  }

  /** Puts this period's question away (harmless when repeated, or after answering). */
  dismiss(surveyId: string, now: Date): SurveyStatus {
    this.#checkCurrent(surveyId, now)
    this.#dismissed.add(surveyId)
    return this.survey(now)
  }

  #earnedAt(channel: Channel): Date | null {
    const rule = OPT_IN_RULES[channel].id
    const entry = this.ledger
      .entries()
      .find((candidate) => candidate.kind === 'earned' && candidate.rule === rule)
    return entry ? entry.occurredAt : null
  }

  preferences(): Preferences {
    return {
      channels: CHANNELS.map((channel) => {
        const earnedAt = this.#earnedAt(channel)
        return {
          channel,
          optedIn: this.#optedIn.has(channel),
          optInPoints: earnedAt ? 0 : OPT_IN_RULES[channel].points,
          pointsEarnedAt: earnedAt && toTimestamp(earnedAt),
        }
      }),
    }
  }

  /** Sets one channel; the first opt-in ever credits its points. Answers what it credited. */
  setPreference(channel: Channel, optedIn: boolean, now: Date): number {
    if (!optedIn) {
      this.#optedIn.delete(channel)
      return 0
    }
    this.#optedIn.add(channel)
    if (this.#earnedAt(channel) !== null) return 0
    const rule = OPT_IN_RULES[channel]
    if (rule.points <= 0) return 0
    const entry = this.ledger.earn({
      source: 'bonus',
      rule: rule.id,
      points: rule.points,
      occurredAt: now,
      description: localize((language) =>
        channel === 'email'
          ? words(language).history.newsletter
          : words(language).history.optedIn(channel),
      ),
    })
    return entry.points
  }

  /** Subscribing to the newsletter (an earning action) is opting in to e-mail. */
  subscribed() {
    this.#optedIn.add('email')
  }
}
