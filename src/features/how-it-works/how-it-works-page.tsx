import { plural } from '@lingui/core/macro'
import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { programQuery } from '@/api/endpoints/get-program'
import type { Program } from '@/api/schemas/program'
import { tiersByRank } from '@/api/tiers'
import { paths } from '@/config/paths'
import { CALENDAR_DAY, calendarYear } from '@/lib/calendar'
import { formatDate, formatMoney, formatPoints } from '@/lib/format'
import type { PageLoader } from '@/lib/page-loader'
import { Card } from '@/ui/card'
import { Link } from '@/ui/link'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /how-it-works: public, the program's own rules in plain words. */
export const howItWorksLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(programQuery())
}

export function HowItWorksPage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl">
      <title>{t`How it works`}</title>
      <h1 className="text-2xl font-bold sm:text-3xl">
        <Trans>How it works</Trans>
      </h1>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`How it works`} lines={8} className="mt-6" />}
        section={t`How it works`}
      >
        <Rules />
      </QueryBoundary>
    </div>
  )
}

/** Everything a rule says, formatted once for the locale. */
function wordsOf(program: Program) {
  const money = (amount: number) => formatMoney({ amount, currency: program.currency })
  const year = calendarYear(new Date())
  const day = (date: Date) =>
    formatDate(date, undefined, { ...CALENDAR_DAY, day: 'numeric', month: 'long' })
  const { gracePeriodDays } = program.qualification
  return {
    name: program.name,
    points: program.points.other,
    rate: formatPoints(program.earnRate.points, program.points),
    unit: money(program.earnRate.per.amount),
    bonus: formatPoints(program.welcomeBonus, program.points),
    pendingDays: program.purchasePendingDays,
    expiryMonths: program.pointsExpiry?.afterMonths ?? null,
    resetsOn: day(year.start),
    yearEnd: day(year.end),
    graceDays: gracePeriodDays,
    graceUntil: day(new Date(year.end.getTime() + gracePeriodDays * 86_400_000)),
    moveDown: program.qualification.moveDown,
    money,
  }
}

function Rules() {
  const { t } = useLingui()
  const { data: program } = useSuspenseQuery(programQuery())
  const words = wordsOf(program)
  const { name, points, rate, unit, bonus, pendingDays, expiryMonths, resetsOn, yearEnd } = words
  const tiers = tiersByRank(program)
  const tierCount = tiers.length

  return (
    <>
      <p className="mt-1 text-ink-muted">
        <Trans>
          The rules of {name}, in plain words: how to join, earn and spend {points}, and what
          happens to them over time.
        </Trans>
      </p>

      <Section id="joining" title={t`Joining`}>
        <p>
          <Trans>
            Anyone can join with a name, an email address and a password. Your {points} and your
            tier start from the day you join.
          </Trans>
        </p>
        {program.welcomeBonus > 0 && (
          <p className="mt-2">
            <Trans>You get {bonus} as a welcome bonus, ready to spend straight away.</Trans>
          </p>
        )}
      </Section>

      <Section id="earning" title={t`Earning`}>
        <p>
          <Trans>
            You earn {rate} for every {unit} you spend. Higher tiers earn more on every purchase:
          </Trans>
        </p>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {tiers.map((tier) => {
            const tierName = tier.name
            const tierRate = formatPoints(program.earnRate.points * tier.multiplier, program.points)
            return (
              <li key={tier.id}>
                <Trans>
                  {tierName}: {tierRate} per {unit}
                </Trans>
              </li>
            )
          })}
        </ul>
      </Section>

      <Section id="tiers" title={t`Tiers`}>
        <p>
          {t`${plural(tierCount, {
            one: `There is # tier, set by what you spend in a calendar year, from ${resetsOn} to ${yearEnd}.`,
            other: `There are # tiers, set by what you spend in a calendar year, from ${resetsOn} to ${yearEnd}.`,
          })}`}
        </p>
        <ul className="mt-2 list-disc space-y-1 ps-5">
          {tiers.map((tier) => {
            const tierName = tier.name
            const amount = words.money(tier.threshold.amount)
            return (
              <li key={tier.id}>
                {tier.threshold.amount <= 0 ? (
                  <Trans>{tierName}: from the day you join</Trans>
                ) : (
                  <Trans>
                    {tierName}: when you spend {amount} in a year
                  </Trans>
                )}
              </li>
            )
          })}
        </ul>
        <p className="mt-2">
          <Trans>
            A tier you reach is yours straight away and stays yours until the end of the next year.
          </Trans>{' '}
          <Link to={paths.tiers} className="font-semibold text-brand-strong underline">
            <Trans>Compare the tiers</Trans>
          </Link>
        </p>
      </Section>

      <Section id="spending" title={t`Spending`}>
        <p>
          <Trans>
            Spend your {points} on rewards from the catalog: discounts, free products, gifts,
            experiences, or a donation to a good cause. When you confirm, the {points} come off your
            balance and the reward’s code appears in your wallet.
          </Trans>{' '}
          <Link to={paths.rewards} className="font-semibold text-brand-strong underline">
            <Trans>See the rewards</Trans>
          </Link>
        </p>
      </Section>

      <Section id="expiry" title={t`Expiry`}>
        <p>
          <ExpiryWords months={expiryMonths} points={points} />
        </p>
      </Section>

      <Section id="pending" title={t`Pending ${points}`}>
        <p>
          <PendingWords days={pendingDays} points={points} />
        </p>
      </Section>

      <section aria-labelledby="faq-heading" className="mt-8">
        <h2 id="faq-heading" className="text-xl font-bold">
          <Trans>Questions</Trans>
        </h2>
        <div className="mt-3 space-y-3">
          <Question question={t`Why are my ${points} pending?`}>
            <PendingWords days={pendingDays} points={points} />
          </Question>
          <Question question={t`Can I undo a redemption?`}>
            <Trans>
              No: once you confirm, the {points} are spent and the reward is yours, which is why we
              always ask you to confirm first. If a redemption is interrupted (you go offline, say),
              you are never charged twice: we find out whether it went through and tell you.
            </Trans>
          </Question>
          <Question question={t`When do my ${points} expire?`}>
            <ExpiryWords months={expiryMonths} points={points} />
          </Question>
          <Question question={t`What happens to my tier in January?`}>
            <JanuaryWords words={words} />
          </Question>
        </div>
      </section>
    </>
  )
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-heading`} className="mt-6">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </Card>
  )
}

/** A question of the FAQ: its answer opens under it (a native disclosure, keyboard ready). */
function Question({ question, children }: { question: string; children: ReactNode }) {
  return (
    <details className="group rounded-card border border-line bg-surface p-4">
      <summary className="min-h-6 cursor-pointer font-semibold">{question}</summary>
      <p className="mt-2 text-ink-muted">{children}</p>
    </details>
  )
}

function ExpiryWords({ months, points }: { months: number | null; points: string }) {
  const { t } = useLingui()
  if (months === null) return <Trans>Your {points} never expire.</Trans>
  return (
    <>
      {t`${plural(months, {
        one: `The ${points} you earn expire # month after you earn them, if you haven’t spent them by then.`,
        other: `The ${points} you earn expire # months after you earn them, if you haven’t spent them by then.`,
      })}`}{' '}
      <Trans>Your dashboard shows any that expire soon, and when.</Trans>
    </>
  )
}

function PendingWords({ days, points }: { days: number; points: string }) {
  const { t } = useLingui()
  if (days === 0) {
    return <Trans>When you buy something, its {points} are yours to spend straight away.</Trans>
  }
  return (
    <>
      {t`${plural(days, {
        one: `When you buy something, its ${points} stay pending for # day, while it can still be returned. Then they are yours to spend.`,
        other: `When you buy something, its ${points} stay pending for # days, while it can still be returned. Then they are yours to spend.`,
      })}`}{' '}
      <Trans>Your dashboard shows when each pending batch becomes available.</Trans>
    </>
  )
}

function JanuaryWords({ words }: { words: ReturnType<typeof wordsOf> }) {
  const { resetsOn, graceUntil, graceDays, moveDown } = words
  return (
    <>
      <Trans>
        On {resetsOn} your qualifying spend starts again from zero. If what you spent last year kept
        your tier, nothing else changes.
      </Trans>{' '}
      {graceDays > 0 ? (
        moveDown === 'one_tier' ? (
          <Trans>
            If it didn’t, you keep your tier until {graceUntil}: what you spend by then counts
            towards the new year and can keep it. After that you move down one tier, never below the
            tier your spend reached.
          </Trans>
        ) : (
          <Trans>
            If it didn’t, you keep your tier until {graceUntil}: what you spend by then counts
            towards the new year and can keep it. After that you move to the tier your spend
            reached.
          </Trans>
        )
      ) : moveDown === 'one_tier' ? (
        <Trans>
          If it didn’t, you move down one tier, never below the tier your spend reached.
        </Trans>
      ) : (
        <Trans>If it didn’t, you move to the tier your spend reached.</Trans>
      )}
    </>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: HowItWorksPage, loader: howItWorksLoader }
