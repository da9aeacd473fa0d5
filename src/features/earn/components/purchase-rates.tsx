import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useId, useState } from 'react'
import { estimatePurchase, pointsPerUnit, type RewardTarget } from '@/api/rules/points-calculator'
import type { CategoryRate, EarningRule } from '@/api/schemas/earning'
import type { TierProgress } from '@/api/schemas/member'
import type { Program } from '@/api/schemas/program'
import { formatMoney, formatNumber, formatPoints } from '@/lib/format'
import { Card } from '@/ui/card'
import { parseAmount } from '../earn-logic'

type PurchaseRatesProps = {
  rule: EarningRule | undefined
  categories: readonly CategoryRate[]
  program: Program
  tierId: string
  tier: TierProgress
  available: number
  /** Rewards the member can work toward, in any order. */
  rewards: readonly RewardTarget[]
}

const FIELD = 'mt-1 block min-h-11 w-full rounded-lg border border-line bg-surface px-3 text-ink'

/**
 * Points on purchases: the rate of each product type at the member's tier, and an estimator:
 * a product type and an amount give the points, and how far they take the member toward the
 * next reward and the next tier (the calculation the mock API credits purchases with).
 */
export function PurchaseRates(props: PurchaseRatesProps) {
  const { program, categories, tierId } = props
  const tier = program.tiers.find((candidate) => candidate.id === tierId)
  const multiplier = tier?.multiplier ?? 1
  const per = formatMoney(program.earnRate.per)
  const tierName = tier?.name ?? ''
  const times = formatNumber(multiplier)
  const pendingDays = props.rule?.pendingDays ?? 0
  const { t } = useLingui()
  return (
    <Card aria-labelledby="rates-heading">
      <h2 id="rates-heading" className="text-lg font-semibold">
        {props.rule?.title ?? <Trans>Points on purchases</Trans>}
      </h2>
      {props.rule && <p className="mt-1 text-ink-muted">{props.rule.description}</p>}
      <p className="mt-2 text-sm">
        <Trans>
          As a {tierName} member you earn ×{times} on every product type.
        </Trans>
      </p>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-start text-sm">
          <caption className="sr-only">
            <Trans>Points per {per} by product type</Trans>
          </caption>
          <thead>
            <tr className="border-b border-line text-ink-muted">
              <th scope="col" className="py-2 pe-3 text-start font-semibold">
                <Trans>Product type</Trans>
              </th>
              <th scope="col" className="py-2 pe-3 text-end font-semibold">
                <Trans>Base rate</Trans>
              </th>
              <th scope="col" className="py-2 text-end font-semibold">
                <Trans>Your rate</Trans>
              </th>
            </tr>
          </thead>
          <tbody>
            {categories.map((category) => {
              const base = formatPoints(
                pointsPerUnit(program.earnRate, category.multiplier, 1),
                program.points,
              )
              const yours = formatPoints(
                pointsPerUnit(program.earnRate, category.multiplier, multiplier),
                program.points,
              )
              return (
                <tr key={category.id} className="border-b border-line last:border-0">
                  <th scope="row" className="py-2 pe-3 text-start font-normal">
                    {category.name}
                  </th>
                  <td className="py-2 pe-3 text-end text-ink-muted">
                    <Trans>
                      {base} per {per}
                    </Trans>
                  </td>
                  <td className="py-2 text-end font-semibold">
                    <Trans>
                      {yours} per {per}
                    </Trans>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {pendingDays > 0 && (
        <p className="mt-3 text-sm text-ink-muted">
          {t`Points from a purchase can be spent ${plural(pendingDays, {
            one: '# day after it',
            other: '# days after it',
          })}, once the returns window has passed.`}
        </p>
      )}
      <Estimator {...props} />
    </Card>
  )
}

function Estimator({ program, categories, tierId, tier, available, rewards }: PurchaseRatesProps) {
  const { t } = useLingui()
  const id = useId()
  const [categoryId, setCategoryId] = useState(categories[0]?.id ?? '')
  const [amount, setAmount] = useState('')
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency: program.currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  const spend = parseAmount(amount, digits)
  const estimate =
    spend === null
      ? null
      : estimatePurchase({
          program,
          categories,
          categoryId,
          spend,
          tierId,
          available,
          rewards,
          nextTier:
            tier.nextTierId && tier.amountToNext
              ? { tierId: tier.nextTierId, amountToNext: tier.amountToNext.amount }
              : null,
        })
  const nextTier = program.tiers.find((candidate) => candidate.id === tier.nextTierId)
  const currency = program.currency

  return (
    <form
      className="mt-6 rounded-xl bg-surface-muted p-4"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => event.preventDefault()}
    >
      <h3 id={`${id}-heading`} className="font-semibold">
        <Trans>What would a purchase earn?</Trans>
      </h3>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-category`} className="block text-sm font-semibold">
            <Trans>Product type</Trans>
          </label>
          <select
            id={`${id}-category`}
            className={FIELD}
            value={categoryId}
            onChange={(event) => setCategoryId(event.target.value)}
          >
            {categories.map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-amount`} className="block text-sm font-semibold">
            <Trans>Amount ({currency})</Trans>
          </label>
          <input
            id={`${id}-amount`}
            className={FIELD}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            aria-describedby={`${id}-result`}
            aria-invalid={amount.trim() !== '' && spend === null}
            placeholder={t`e.g. 40`}
            onChange={(event) => setAmount(event.target.value)}
          />
        </div>
      </div>
      <div id={`${id}-result`} role="status" className="mt-3 min-h-12 text-sm">
        {amount.trim() !== '' && spend === null && (
          <p>
            <Trans>Enter an amount, like 40 or 12.50.</Trans>
          </p>
        )}
        {estimate && spend !== null && (
          <EstimateText
            program={program}
            points={estimate.points}
            spend={spend}
            reward={estimate.reward}
            tierShort={estimate.tier?.spendShort ?? null}
            nextTierName={nextTier?.name ?? null}
          />
        )}
      </div>
    </form>
  )
}

function EstimateText(props: {
  program: Program
  points: number
  spend: number
  reward: { target: RewardTarget; shortBy: number } | null
  tierShort: number | null
  nextTierName: string | null
}) {
  const { program } = props
  const points = formatPoints(props.points, program.points)
  const amount = formatMoney({ amount: props.spend, currency: program.currency })
  const reward = props.reward?.target.name ?? ''
  const short = formatPoints(props.reward?.shortBy ?? 0, program.points)
  const tierName = props.nextTierName ?? ''
  const tierShort = formatMoney({ amount: props.tierShort ?? 0, currency: program.currency })
  return (
    <ul className="space-y-1">
      <li className="font-semibold">
        {props.points > 0 ? (
          <Trans>
            {amount} would earn you {points}.
          </Trans>
        ) : (
          <Trans>{amount} of this earns no points.</Trans>
        )}
      </li>
      {props.reward &&
        (props.reward.shortBy === 0 ? (
          <li>
            <Trans>That’s enough for {reward}.</Trans>
          </li>
        ) : (
          <li>
            <Trans>
              You’d then be {short} away from {reward}.
            </Trans>
          </li>
        ))}
      {props.tierShort !== null &&
        props.nextTierName &&
        (props.tierShort === 0 ? (
          <li>
            <Trans>It would take you to {tierName}.</Trans>
          </li>
        ) : (
          <li>
            <Trans>
              You’d then need to spend {tierShort} more to reach {tierName}.
            </Trans>
          </li>
        ))}
    </ul>
  )
}
