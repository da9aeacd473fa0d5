import { msg } from '@lingui/core/macro'
import type { MessageDescriptor } from '@lingui/core'
import type { ComponentType } from 'react'
import { paths } from '@/config/paths'
import {
  FlagIcon,
  GiftIcon,
  HomeIcon,
  ListIcon,
  SparkleIcon,
  StoreIcon,
  UserIcon,
  UsersIcon,
  WalletIcon,
  type IconProps,
} from '@/ui/icons'

/** The places members think in: each destination belongs to one. */
export type NavGroupId = 'home' | 'rewards' | 'earn' | 'activity' | 'account'

export type NavGroup = {
  id: NavGroupId
  /** The group's name (a message: format it with `i18n._`). */
  label: MessageDescriptor
  icon: ComponentType<IconProps>
  /** On phones, a tab of its own in the bottom bar; the rest are under "More". */
  tab: boolean
}

export type Destination = {
  id: string
  group: NavGroupId
  to: string
  /** The page's name in menus (a message: format it with `i18n._`). */
  label: MessageDescriptor
  icon: ComponentType<IconProps>
  /** Active only on exactly this path, not on the pages below it. */
  end?: boolean
  /** False until the page exists: declared here so the navigation's shape is settled. */
  ready: boolean
}

export const navGroups: readonly NavGroup[] = [
  { id: 'home', label: msg`Home`, icon: HomeIcon, tab: true },
  { id: 'rewards', label: msg`Rewards`, icon: GiftIcon, tab: true },
  { id: 'earn', label: msg`Earn`, icon: SparkleIcon, tab: true },
  { id: 'activity', label: msg`Activity`, icon: ListIcon, tab: true },
  { id: 'account', label: msg`Account`, icon: UserIcon, tab: false },
]

/**
 * Every destination of the portal, in the order menus list them. The header, the bottom bar and
 * the "More" sheet are all drawn from this list.
 */
export const destinations: readonly Destination[] = [
  {
    id: 'dashboard',
    group: 'home',
    to: paths.dashboard,
    label: msg`Home`,
    icon: HomeIcon,
    end: true,
    ready: true,
  },
  {
    id: 'catalog',
    group: 'rewards',
    to: paths.rewards,
    label: msg`Rewards catalog`,
    icon: GiftIcon,
    ready: true,
  },
  {
    id: 'wallet',
    group: 'rewards',
    to: paths.wallet,
    label: msg`Your wallet`,
    icon: WalletIcon,
    ready: true,
  },
  {
    id: 'earn',
    group: 'earn',
    to: paths.earn,
    label: msg`Ways to earn`,
    icon: SparkleIcon,
    ready: true,
  },
  {
    id: 'refer',
    group: 'earn',
    to: paths.refer,
    label: msg`Refer a friend`,
    icon: UsersIcon,
    ready: true,
  },
  {
    id: 'challenges',
    group: 'earn',
    to: paths.challenges,
    label: msg`Challenges and punch cards`,
    icon: FlagIcon,
    ready: true,
  },
  {
    id: 'partners',
    group: 'earn',
    to: paths.partners,
    label: msg`Partners`,
    icon: StoreIcon,
    ready: true,
  },
  {
    id: 'activity',
    group: 'activity',
    to: paths.activity,
    label: msg`Points activity`,
    icon: ListIcon,
    ready: true,
  },
  {
    id: 'tiers',
    group: 'account',
    to: paths.tiers,
    label: msg`Tiers`,
    icon: UserIcon,
    ready: true,
  },
  {
    id: 'membership',
    group: 'account',
    to: paths.membership,
    label: msg`VIP membership`,
    icon: UserIcon,
    ready: true,
  },
  {
    id: 'profile',
    group: 'account',
    to: paths.profile,
    label: msg`Profile`,
    icon: UserIcon,
    ready: true,
  },
  {
    id: 'how-it-works',
    group: 'account',
    to: paths.howItWorks,
    label: msg`How it works`,
    icon: UserIcon,
    ready: true,
  },
]

export type NavSection = { group: NavGroup; destinations: Destination[] }

/** The groups that have at least one page, each with its pages, in menu order. */
export function navSections(all: readonly Destination[] = destinations): NavSection[] {
  return navGroups
    .map((group) => ({
      group,
      destinations: all.filter((d) => d.ready && d.group === group.id),
    }))
    .filter((section) => section.destinations.length > 0)
}

/** The group the page at `pathname` belongs to, if any (a reward's page is in Rewards). */
export function groupOf(pathname: string, all: readonly Destination[] = destinations) {
  const match = all
    .filter((d) => d.ready)
    .filter((d) =>
      d.end
        ? pathname === d.to
        : pathname === d.to || pathname.startsWith(`${d.to.replace(/\/$/, '')}/`),
    )
    .sort((a, b) => b.to.length - a.to.length)[0]
  return match?.group
}
