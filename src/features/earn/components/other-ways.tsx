import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import type { EarningRule, RuleProgress } from '@/api/schemas/earning'
import type { Program } from '@/api/schemas/program'
import { formatPoints } from '@/lib/format'
import { Card } from '@/ui/card'
import { progressOf } from '../earn-logic'

/**
 * The ways to earn that happen elsewhere (reviews, referrals, events): what each gives, and
 * what the member has earned by it so far.
 */
export function OtherWays({
  rules,
  progress,
  program,
}: {
  rules: readonly EarningRule[]
  progress: readonly RuleProgress[]
  program: Program
}) {
  const { t } = useLingui()
  return (
    <Card aria-labelledby="other-ways-heading">
      <h2 id="other-ways-heading" className="text-lg font-semibold">
        <Trans>More ways to earn</Trans>
      </h2>
      <ul className="mt-3 divide-y divide-line">
        {rules.map((rule) => {
          const mine = progressOf(progress, rule.id)
          const earned = formatPoints(mine?.pointsEarned ?? 0, program.points)
          const times = mine?.timesEarned ?? 0
          const each = rule.points === null ? null : formatPoints(rule.points, program.points)
          return (
            <li key={rule.id} className="py-3 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h3 className="font-semibold">{rule.title}</h3>
                {each && (
                  <span className="text-sm font-semibold text-brand-strong">
                    {rule.frequency === 'each' ? (
                      <Trans>+{each} each time</Trans>
                    ) : (
                      <Trans>+{each}</Trans>
                    )}
                  </span>
                )}
              </div>
              <p className="mt-1 text-sm text-ink-muted">{rule.description}</p>
              <p className="mt-1 text-sm">
                {times > 0
                  ? t`You’ve earned ${earned} this way, ${plural(times, {
                      one: 'once',
                      other: '# times',
                    })}.`
                  : t`Not yet: your first one counts.`}
              </p>
            </li>
          )
        })}
      </ul>
    </Card>
  )
}
