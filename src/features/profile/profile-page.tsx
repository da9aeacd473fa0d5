import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { earningRulesQuery } from '@/api/endpoints/get-earning-rules'
import { meQuery } from '@/api/endpoints/get-me'
import { preferencesQuery } from '@/api/endpoints/get-preferences'
import { programQuery } from '@/api/endpoints/get-program'
import type { PageLoader } from '@/lib/page-loader'
import { MemberBirthday } from '@/ui/birthday-section'
import { Card } from '@/ui/card'
import { LanguageSelect } from '@/ui/language-select'
import { QueryBoundary } from '@/ui/query-boundary'
import { SectionSkeleton } from '@/ui/skeleton'
import { ThemeSelect } from '@/ui/theme-select'
import { ChannelSwitch } from './components/channel-switch'
import { SignOutEverywhere } from './components/sign-out-everywhere'
import type { PageModule } from '@/lib/page-loader'

/** Route module of /profile: every query the page needs, started at once. */
export const profileLoader: PageLoader = (queryClient) => () => {
  void queryClient.prefetchQuery(meQuery())
  void queryClient.prefetchQuery(preferencesQuery())
  void queryClient.prefetchQuery(programQuery())
  void queryClient.prefetchQuery(balanceQuery())
  void queryClient.prefetchQuery(earningRulesQuery())
}

/**
 * The member's profile: who they are (read-only, with how to change it), their birthday, how
 * the program may write to them (each first opt-in earns), language and theme, and signing
 * out of every device.
 */
export function ProfilePage() {
  const { t } = useLingui()
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <title>{t`Profile`}</title>
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">
          <Trans>Profile</Trans>
        </h1>
        <p className="mt-1 text-ink-muted">
          <Trans>Your details, how we contact you, and this device’s settings.</Trans>
        </p>
      </div>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Your details`} lines={2} />}
        section={t`Your details`}
      >
        <Details />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`Birthday gift`} lines={2} />}
        section={t`Birthday gift`}
      >
        <MemberBirthday />
      </QueryBoundary>
      <QueryBoundary
        fallback={<SectionSkeleton label={t`How we contact you`} lines={3} />}
        section={t`How we contact you`}
      >
        <Channels />
      </QueryBoundary>
      <Card aria-labelledby="device-heading">
        <h2 id="device-heading" className="text-lg font-semibold">
          <Trans>Language and theme</Trans>
        </h2>
        <p className="mt-1 text-sm text-ink-muted">
          <Trans>Kept on this device, like the choices at the foot of every page.</Trans>
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-3">
          <LanguageSelect />
          <ThemeSelect />
        </div>
      </Card>
      <QueryBoundary fallback={null}>
        <SignOutEverywhere />
      </QueryBoundary>
    </div>
  )
}

function Details() {
  const { data: member } = useSuspenseQuery(meQuery())
  const name = `${member.firstName} ${member.lastName}`.trim()
  return (
    <Card aria-labelledby="details-heading">
      <h2 id="details-heading" className="text-lg font-semibold">
        <Trans>Your details</Trans>
      </h2>
      <dl className="mt-3 grid gap-3 sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-6">
        <dt className="text-sm font-semibold text-ink-muted">
          <Trans>Name</Trans>
        </dt>
        <dd className="break-words">{name}</dd>
        <dt className="text-sm font-semibold text-ink-muted">
          <Trans>E-mail</Trans>
        </dt>
        <dd className="break-all">{member.email}</dd>
      </dl>
      <p className="mt-3 text-sm text-ink-muted">
        <Trans>
          Your name and e-mail can’t be changed here. To change them, contact member services: they
          check it’s you first, so nobody else can take over your points.
        </Trans>
      </p>
    </Card>
  )
}

function Channels() {
  const { data: preferences } = useSuspenseQuery(preferencesQuery())
  const { data: member } = useSuspenseQuery(meQuery())
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: balance } = useSuspenseQuery(balanceQuery())
  return (
    <Card aria-labelledby="channels-heading">
      <h2 id="channels-heading" className="text-lg font-semibold">
        <Trans>How we contact you</Trans>
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        <Trans>
          Offers and news about your points. The first time you turn a channel on, it earns the
          points shown, once: turning it off and on again earns nothing more.
        </Trans>
      </p>
      <ul className="mt-4 divide-y divide-line">
        {preferences.channels.map((channel) => (
          <li key={channel.channel} className="py-3 first:pt-0 last:pb-0">
            <ChannelSwitch
              preference={channel}
              memberId={member.id}
              points={program.points}
              now={balance.asOf}
            />
          </li>
        ))}
      </ul>
    </Card>
  )
}

/** The route's page: its component and the loader that starts its queries. */
export const page: PageModule = { Component: ProfilePage, loader: profileLoader }
