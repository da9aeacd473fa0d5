import type { ComponentType } from 'react'
import { paths } from '@/config/paths'
import {
  GiftIcon,
  HomeIcon,
  ListIcon,
  SparkleIcon,
  UserIcon,
  WalletIcon,
  type IconProps,
} from '@/ui/icons'

/** The places members think in: each destination belongs to one. */
export type NavGroupId = 'home' | 'rewards' | 'earn' | 'activity' | 'account'

export type NavGroup = {
  id: NavGroupId
  label: string
  icon: ComponentType<IconProps>
  /** On phones, a tab of its own in the bottom bar; the rest are under "More". */
  tab: boolean
}

export type Destination = {
  id: string
  group: NavGroupId
  to: string
  label: string
  icon: ComponentType<IconProps>
  /** Active only on exactly this path, not on the pages below it. */
  end?: boolean
  /** False until the page exists: declared here so the navigation's shape is settled. */
  ready: boolean
}

export const navGroups: readonly NavGroup[] = [
  { id: 'home', label: 'Home', icon: HomeIcon, tab: true },
  { id: 'rewards', label: 'Rewards', icon: GiftIcon, tab: true },
  { id: 'earn', label: 'Earn', icon: SparkleIcon, tab: true },
  { id: 'activity', label: 'Activity', icon: ListIcon, tab: true },
  { id: 'account', label: 'Account', icon: UserIcon, tab: false },
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
    label: 'Home',
    icon: HomeIcon,
    end: true,
    ready: true,
  },
  {
    id: 'catalog',
    group: 'rewards',
    to: paths.rewards,
    label: 'Rewards catalog',
    icon: GiftIcon,
    ready: true,
  },
  {
    id: 'wallet',
    group: 'rewards',
    to: paths.wallet,
    label: 'Your wallet',
    icon: WalletIcon,
    ready: true,
  },
  {
    id: 'earn',
    group: 'earn',
    to: paths.earn,
    label: 'Ways to earn',
    icon: SparkleIcon,
    ready: true,
  },
  {
    id: 'refer',
    group: 'earn',
    to: paths.refer,
    label: 'Refer a friend',
    icon: SparkleIcon,
    ready: false,
  },
  {
    id: 'challenges',
    group: 'earn',
    to: paths.challenges,
    label: 'Challenges',
    icon: SparkleIcon,
    ready: false,
  },
  {
    id: 'activity',
    group: 'activity',
    to: paths.activity,
    label: 'Points activity',
    icon: ListIcon,
    ready: true,
  },
  { id: 'tiers', group: 'account', to: paths.tiers, label: 'Tiers', icon: UserIcon, ready: true },
  {
    id: 'membership',
    group: 'account',
    to: paths.membership,
    label: 'VIP membership',
    icon: UserIcon,
    ready: false,
  },
  {
    id: 'profile',
    group: 'account',
    to: paths.profile,
    label: 'Profile',
    icon: UserIcon,
    ready: false,
  },
  {
    id: 'how-it-works',
    group: 'account',
    to: paths.howItWorks,
    label: 'How it works',
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
