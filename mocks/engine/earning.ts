import type {
  ActionCompletion,
  EarningProgress,
  EarningRules,
  RuleProgress,
} from '@/api/schemas/earning'
import type { MonthDay } from '@/api/schemas/member'
import { toTimestamp } from './dates'
import { EngineError } from './engine-error'
import { localize, say, sayAll, type Language, type Localized } from './language'
import type { EarnedEntry, Ledger } from './ledger'
import { BONUS_POINTS, CATEGORY_RATES, EARNING_RULES, type RuleDefinition } from './program-rules'
import { textFormat, words } from './words/words'

/** GET /earning-rules in `language`: every way to earn, and purchase rates by product type. */
export function earningRules(language: Language): EarningRules {
  return {
    rules: EARNING_RULES.map((rule) => ({
      id: rule.id,
      kind: rule.kind,
      ...sayAll(language, (l) => {
        const { title, description } = words(l).earning.rules[rule.key]
        return { title, description: description(textFormat(l).points(rule.points ?? 0)) }
      }),
      points: rule.points,
      frequency: rule.frequency,
      pendingDays: rule.pendingDays,
      action: rule.action && { ...rule.action },
    })),
    categories: CATEGORY_RATES.map((category) => ({
      id: category.id,
      name: say(language, (l) => words(l).earning.categories[category.id]),
      multiplier: category.multiplier,
    })),
  }
}

/** What the member has earned by each rule, up to `now` (pending points included). */
export function earningProgress(
  ledger: Ledger,
  birthday: MonthDay | null,
  now: Date,
): EarningProgress {
  const earned = new Map<string, EarnedEntry[]>()
  for (const entry of ledger.entries()) {
    if (entry.kind !== 'earned' || entry.rule === null) continue
    if (entry.occurredAt.getTime() > now.getTime()) continue
    const list = earned.get(entry.rule)
    if (list) list.push(entry)
    else earned.set(entry.rule, [entry])
  }
  return {
    items: EARNING_RULES.map((rule): RuleProgress => {
      const entries = earned.get(rule.id) ?? []
      const last = entries.at(-1)
      return {
        ruleId: rule.id,
        status: isDone(rule, entries.length, birthday) ? 'done' : 'available',
        timesEarned: entries.length,
        pointsEarned: entries.reduce((sum, entry) => sum + entry.points, 0),
        lastEarnedAt: last ? toTimestamp(last.occurredAt) : null,
      }
    }),
  }
}

/**
 * Nothing is left for the member to do: a once-only rule they earned, or the birthday gift once
 * their birthday is on file (the gift then comes by itself every year).
 */
function isDone(rule: RuleDefinition, times: number, birthday: MonthDay | null): boolean {
  if (rule.kind === 'birthday') return birthday !== null
  return rule.frequency === 'once' && times > 0
}

/** The rule an action completes, or a 404. */
export function ruleOfAction(actionId: string): RuleDefinition {
  const rule = EARNING_RULES.find((candidate) => candidate.action?.id === actionId)
  if (!rule?.action) {
    throw new EngineError('not_found', 404, (w) => w.problems.actionNotFound(actionId))
  }
  return rule
}

/** The activity's words for completing an action. */
function actionWords(rule: RuleDefinition): Localized {
  return localize((language) => {
    const history = words(language).history
    switch (rule.action?.kind) {
      case 'newsletter':
        return history.newsletter
      case 'app':
        return history.app
      default:
        return history.social(rule.network ?? rule.id)
    }
  })
}

/**
 * Completes an action at `now`: refused with already_completed when the member has earned its
 * rule before (it earns once), else credits its points at once, as a bonus.
 */
export function completeAction(ledger: Ledger, actionId: string, now: Date): ActionCompletion {
  const rule = ruleOfAction(actionId)
  const earlier = ledger
    .entries()
    .find((entry) => entry.kind === 'earned' && entry.rule === rule.id)
  if (earlier) {
    const completedAt = earlier.occurredAt
    throw new EngineError(
      'already_completed',
      409,
      (w) =>
        w.problems.alreadyCompleted({
          date: new Intl.DateTimeFormat(w.intlLocale, {
            dateStyle: 'long',
            timeZone: 'UTC',
          }).format(completedAt),
        }),
      { extensions: { completedAt: toTimestamp(completedAt) } },
    )
  }
  const entry = ledger.earn({
    source: 'bonus',
    rule: rule.id,
    points: rule.points ?? BONUS_POINTS.social,
    occurredAt: now,
    description: actionWords(rule),
  })
  return {
    actionId,
    ruleId: rule.id,
    points: entry.points,
    completedAt: toTimestamp(entry.occurredAt),
    entryId: entry.id,
  }
}
