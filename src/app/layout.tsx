import { Trans, useLingui } from '@lingui/react/macro'
import { useSuspenseQuery } from '@tanstack/react-query'
import { Suspense, useState } from 'react'
import { Outlet, useLocation } from 'react-router'
import { Link, NavLink } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { brandLogoUrl } from '@/config/brand'
import { paths } from '@/config/paths'
import SignOut from '@/features/session/sign-out'
import { cn } from '@/lib/cn'
import { formatPoints } from '@/lib/format'
import { Button } from '@/ui/button'
import { ErrorBoundary } from '@/ui/error-boundary'
import { CloseIcon, MoreIcon, SignOutIcon, StarIcon, UserIcon } from '@/ui/icons'
import { Dialog } from '@/ui/dialog'
import { DisclosureMenu } from '@/ui/disclosure-menu'
import { useIsGuest } from '@/lib/visitor'
import { GuestActions } from './guest-actions'
import { groupOf, navSections, type NavSection } from './navigation'
import { OfflineBanner } from './offline-banner'
import { LanguageSelect } from '@/ui/language-select'
import { Skeleton } from '@/ui/skeleton'
import { ThemeSelect } from '@/ui/theme-select'

export function Layout({ signedOut = false }: { signedOut?: boolean }) {
  const { t } = useLingui()
  const guest = useIsGuest()
  // A guest gets Sign in and Join in the header instead of the member's navigation.
  const member = !signedOut && !guest
  const logo = brandLogoUrl()
  // Signing out outlives the menu it was asked from: it may first warn about a redemption
  // whose outcome is not known yet.
  const [signingOut, setSigningOut] = useState(false)
  const signOut: SignOutProps = { signingOut, onSignOut: () => setSigningOut(true) }
  return (
    <div
      className={cn(
        'flex min-h-dvh flex-col',
        // Room for the bottom bar on phones, so it never covers the footer.
        member && 'pb-[calc(4.5rem+env(safe-area-inset-bottom))] lg:pb-0',
      )}
    >
      <a
        href="#main"
        className="sr-only z-50 rounded-full bg-brand px-4 py-2 font-semibold text-on-brand focus:not-sr-only focus:fixed focus:start-3 focus:top-3"
      >
        <Trans>Skip to content</Trans>
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-3 sm:px-6 lg:gap-6">
          <Link
            to={paths.dashboard}
            className="flex min-w-0 flex-1 items-center gap-2 font-bold text-ink lg:flex-initial"
          >
            {logo ? (
              <img
                src={logo}
                alt=""
                width={32}
                height={32}
                className="size-8 shrink-0 rounded-lg"
              />
            ) : (
              <span className="grid size-8 shrink-0 place-items-center rounded-lg bg-brand text-on-brand">
                <StarIcon width={18} height={18} />
              </span>
            )}
            <ErrorBoundary
              fallback={() => (
                <span>
                  <Trans comment="The portal's name when the program's cannot be loaded">
                    Rewards
                  </Trans>
                </span>
              )}
            >
              <Suspense
                fallback={
                  // The link needs a name before the program's arrives.
                  <>
                    <Skeleton className="h-5 w-40" />
                    <span className="sr-only">{t`Home`}</span>
                  </>
                }
              >
                <ProgramName />
              </Suspense>
            </ErrorBoundary>
          </Link>
          {guest && !signedOut && <GuestActions />}
          {member && <HeaderNav />}
          {member && (
            <div className="flex shrink-0 items-center gap-2 lg:ms-auto">
              <ErrorBoundary fallback={() => null}>
                <Suspense fallback={<Skeleton className="h-8 w-28 rounded-full" />}>
                  <HeaderBalance />
                </Suspense>
              </ErrorBoundary>
              <AccountMenu {...signOut} />
            </div>
          )}
        </div>
      </header>
      <OfflineBanner />
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8"
      >
        <Outlet />
      </main>
      <footer className="border-t border-line px-4 py-6 text-center text-sm text-ink-muted">
        <p>
          <Trans>
            Points have no cash value. Balances update when the rewards service confirms them.
          </Trans>
        </p>
        <div className="mt-3 flex flex-wrap items-center justify-center gap-x-6 gap-y-3">
          <LanguageSelect />
          <ThemeSelect />
        </div>
      </footer>
      {member && <BottomBar {...signOut} />}
      {signingOut && <SignOut onCancel={() => setSigningOut(false)} />}
    </div>
  )
}

type SignOutProps = {
  /** True from the moment the member asks to sign out until it is done or cancelled. */
  signingOut: boolean
  onSignOut: () => void
}

/** Asks to sign out (in the account menu on wide screens, the "More" sheet on phones). */
function SignOutButton({ signingOut, onSignOut }: SignOutProps) {
  return (
    <Button
      variant="ghost"
      className="w-full whitespace-nowrap"
      disabled={signingOut}
      onClick={onSignOut}
    >
      <SignOutIcon />
      {signingOut ? <Trans>Signing out…</Trans> : <Trans>Sign out</Trans>}
    </Button>
  )
}

const navLinkClasses = (isActive: boolean) =>
  cn(
    'inline-flex min-h-11 items-center rounded-full px-3 text-sm font-medium whitespace-nowrap',
    isActive ? 'bg-brand-soft text-brand-strong' : 'text-ink-muted hover:text-ink',
  )

const menuLinkClasses = ({ isActive }: { isActive: boolean }) =>
  cn(
    'flex min-h-11 items-center gap-3 rounded-xl px-3 text-sm font-medium',
    isActive ? 'bg-brand-soft text-brand-strong' : 'text-ink hover:bg-surface-muted',
  )

/** A group's pages as links, for a menu panel or the "More" sheet. */
function MenuLinks({ section, onNavigate }: { section: NavSection; onNavigate: () => void }) {
  const { i18n } = useLingui()
  return (
    <ul>
      {section.destinations.map(({ id, to, end, label, icon: Icon }) => (
        <li key={id}>
          <NavLink to={to} end={end} className={menuLinkClasses} onClick={onNavigate}>
            <Icon className="shrink-0 text-ink-muted" />
            {i18n._(label)}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

/** Wide screens: a link per group, or a menu where a group has several pages. */
function HeaderNav() {
  const { i18n, t } = useLingui()
  const { pathname } = useLocation()
  const current = groupOf(pathname)
  const sections = navSections().filter((section) => section.group.id !== 'account')
  return (
    <nav aria-label={t`Main`} className="hidden shrink-0 lg:block">
      <ul className="flex items-center gap-1">
        {sections.map((section) => {
          const [only] = section.destinations
          return (
            <li key={section.group.id}>
              {section.destinations.length === 1 && only ? (
                <NavLink
                  to={only.to}
                  end={only.end}
                  className={({ isActive }) => navLinkClasses(isActive)}
                >
                  {i18n._(section.group.label)}
                </NavLink>
              ) : (
                <DisclosureMenu
                  label={i18n._(section.group.label)}
                  current={current === section.group.id}
                >
                  {(close) => <MenuLinks section={section} onNavigate={close} />}
                </DisclosureMenu>
              )}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** Wide screens: the account's pages and signing out. */
function AccountMenu(signOut: SignOutProps) {
  const { pathname } = useLocation()
  const account = navSections().find((section) => section.group.id === 'account')
  return (
    <div className="hidden lg:block">
      <DisclosureMenu
        align="end"
        current={groupOf(pathname) === 'account'}
        label={
          <>
            <UserIcon />
            <Trans>Account</Trans>
          </>
        }
      >
        {(close) => (
          <>
            {account && <MenuLinks section={account} onNavigate={close} />}
            <SignOutButton
              {...signOut}
              onSignOut={() => {
                close()
                signOut.onSignOut()
              }}
            />
          </>
        )}
      </DisclosureMenu>
    </div>
  )
}

/**
 * Phones and tablets: a tab per main group along the bottom edge, within reach of a thumb, and
 * "More" for everything else (every page, grouped, and signing out) in a sheet.
 */
function BottomBar(signOut: SignOutProps) {
  const { i18n, t } = useLingui()
  const { pathname } = useLocation()
  const current = groupOf(pathname)
  const [more, setMore] = useState(false)
  const sections = navSections()
  const tabs = sections.filter((section) => section.group.tab)
  return (
    <nav
      aria-label={t`Main`}
      className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface pb-[env(safe-area-inset-bottom)] lg:hidden"
    >
      <ul className="mx-auto flex max-w-xl">
        {tabs.map(({ group, destinations: [first] }) =>
          first ? (
            <li key={group.id} className="min-w-0 flex-1">
              <Link
                to={first.to}
                aria-current={current === group.id ? 'page' : undefined}
                className={tabClasses(current === group.id)}
              >
                <group.icon />
                <span className="max-w-full truncate">{i18n._(group.label)}</span>
              </Link>
            </li>
          ) : null,
        )}
        <li className="min-w-0 flex-1">
          <button
            type="button"
            aria-haspopup="dialog"
            aria-expanded={more}
            onClick={() => setMore(true)}
            className={tabClasses(false)}
          >
            <MoreIcon />
            <span className="max-w-full truncate">
              <Trans comment="The bottom bar's tab that opens every other page">More</Trans>
            </span>
          </button>
        </li>
      </ul>
      <Dialog open={more} onClose={() => setMore(false)} labelledBy="more-title" placement="sheet">
        <div className="flex items-center justify-between">
          <h2 id="more-title" className="text-lg font-bold">
            <Trans>Menu</Trans>
          </h2>
          <Button
            variant="ghost"
            size="icon"
            aria-label={t`Close menu`}
            onClick={() => setMore(false)}
          >
            <CloseIcon />
          </Button>
        </div>
        {sections.map((section) => (
          <section
            key={section.group.id}
            aria-labelledby={`more-${section.group.id}`}
            className="mt-4"
          >
            <h3
              id={`more-${section.group.id}`}
              className="px-3 text-xs font-semibold tracking-wide text-ink-muted uppercase rtl:tracking-normal"
            >
              {i18n._(section.group.label)}
            </h3>
            <MenuLinks section={section} onNavigate={() => setMore(false)} />
          </section>
        ))}
        <div className="mt-4 border-t border-line pt-4">
          <SignOutButton
            {...signOut}
            onSignOut={() => {
              setMore(false)
              signOut.onSignOut()
            }}
          />
        </div>
      </Dialog>
    </nav>
  )
}

const tabClasses = (active: boolean) =>
  cn(
    'flex min-h-14 w-full flex-col items-center justify-center gap-0.5 px-1 text-xs font-medium',
    active ? 'text-brand-strong' : 'text-ink-muted hover:text-ink',
  )

function ProgramName() {
  const { data: name } = useSuspenseQuery({ ...programQuery(), select: (p) => p.name })
  return <span className="truncate">{name}</span>
}

function HeaderBalance() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: available } = useSuspenseQuery({ ...balanceQuery(), select: (b) => b.available })
  const balance = formatPoints(available, program.points)
  return (
    <p className="rounded-full bg-brand-soft px-3 py-1.5 text-sm font-semibold whitespace-nowrap text-brand-strong">
      <Trans>
        <span className="sr-only">Your balance: </span>
        {balance}
      </Trans>
    </p>
  )
}
