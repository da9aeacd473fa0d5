import { useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { Outlet } from 'react-router'
import { Link, NavLink } from '@/ui/link'
import { balanceQuery } from '@/api/endpoints/get-balance'
import { programQuery } from '@/api/endpoints/get-program'
import { brandLogoUrl } from '@/config/brand'
import { paths } from '@/config/paths'
import { cn } from '@/lib/cn'
import { formatPoints } from '@/lib/format'
import { setThemePreference, themePreference, type ThemePreference } from '@/lib/theme'
import { useOnline } from '@/lib/use-online'
import { Button } from '@/ui/button'
import { ErrorBoundary } from '@/ui/error-boundary'
import { StarIcon } from '@/ui/icons'
import { Skeleton } from '@/ui/skeleton'

// Loaded when the member signs out: it may first warn about a redemption not yet confirmed.
const SignOut = lazy(() => import('@/features/session/sign-out'))

const navItems = [
  { to: paths.dashboard, label: 'Dashboard', end: true },
  { to: paths.rewards, label: 'Rewards', end: false },
  { to: paths.wallet, label: 'Wallet', end: false },
]

export function Layout({ signedOut = false }: { signedOut?: boolean }) {
  const online = useOnline()
  const logo = brandLogoUrl()
  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href="#main"
        className="sr-only z-50 rounded-full bg-brand px-4 py-2 font-semibold text-on-brand focus:not-sr-only focus:fixed focus:top-3 focus:left-3"
      >
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
          <Link
            to={paths.dashboard}
            className="flex min-w-0 flex-1 items-center gap-2 font-bold text-ink sm:flex-none"
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
            <ErrorBoundary fallback={() => <span>Rewards</span>}>
              <Suspense
                fallback={
                  // The link needs a name before the program's arrives.
                  <>
                    <Skeleton className="h-5 w-40" />
                    <span className="sr-only">Home</span>
                  </>
                }
              >
                <ProgramName />
              </Suspense>
            </ErrorBoundary>
          </Link>
          {!signedOut && (
            <nav
              aria-label="Main"
              className="order-3 flex w-full items-center justify-between gap-2 sm:order-none sm:w-auto"
            >
              <ul className="flex gap-1">
                {navItems.map((item) => (
                  <li key={item.to}>
                    <NavLink
                      to={item.to}
                      end={item.end}
                      className={({ isActive }) =>
                        cn(
                          'inline-flex min-h-11 items-center rounded-full px-3 text-sm font-medium',
                          isActive
                            ? 'bg-brand-soft text-brand-strong'
                            : 'text-ink-muted hover:text-ink',
                        )
                      }
                    >
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
              <SignOutButton className="shrink-0 sm:hidden" />
            </nav>
          )}
          {!signedOut && (
            <div className="flex shrink-0 items-center gap-2 sm:ml-auto">
              <ErrorBoundary fallback={() => null}>
                <Suspense fallback={<Skeleton className="h-8 w-28 rounded-full" />}>
                  <HeaderBalance />
                </Suspense>
              </ErrorBoundary>
              <SignOutButton className="hidden sm:block" />
            </div>
          )}
        </div>
      </header>
      {!online && (
        <p role="status" className="bg-warning-soft px-4 py-2 text-center text-sm text-ink">
          <strong>You’re offline.</strong> What you see was loaded earlier and may be out of date;
          redeeming is paused until you’re back online.
        </p>
      )}
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 outline-none sm:px-6 sm:py-8"
      >
        <Outlet />
      </main>
      <footer className="border-t border-line px-4 py-6 text-center text-sm text-ink-muted">
        <p>Points have no cash value. Balances update when the rewards service confirms them.</p>
        <ThemeSelect />
      </footer>
    </div>
  )
}

function ThemeSelect() {
  const [theme, setTheme] = useState(themePreference)
  return (
    <label className="mt-3 inline-flex items-center gap-2">
      Theme
      <select
        value={theme}
        onChange={(event) => {
          const next = event.target.value as ThemePreference
          setTheme(next)
          setThemePreference(next)
        }}
        className="min-h-9 rounded-lg border border-line bg-surface px-2 text-ink"
      >
        <option value="system">Same as device</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}

/** Shown in the nav row on phones and beside the balance on wider screens (`className`). */
function SignOutButton({ className }: { className: string }) {
  const [signingOut, setSigningOut] = useState(false)
  return (
    <span className={className}>
      <Button
        variant="ghost"
        size="sm"
        className="whitespace-nowrap"
        disabled={signingOut}
        onClick={() => setSigningOut(true)}
      >
        {signingOut ? 'Signing out…' : 'Sign out'}
      </Button>
      {signingOut && (
        <Suspense fallback={null}>
          <SignOut onCancel={() => setSigningOut(false)} />
        </Suspense>
      )}
    </span>
  )
}

function ProgramName() {
  const { data: name } = useSuspenseQuery({ ...programQuery(), select: (p) => p.name })
  return <span className="truncate">{name}</span>
}

function HeaderBalance() {
  const { data: program } = useSuspenseQuery(programQuery())
  const { data: available } = useSuspenseQuery({ ...balanceQuery(), select: (b) => b.available })
  return (
    <p className="rounded-full bg-brand-soft px-3 py-1.5 text-sm font-semibold text-brand-strong">
      <span className="sr-only">Your balance: </span>
      {formatPoints(available, program.points)}
    </p>
  )
}
