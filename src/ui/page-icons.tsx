import { cn } from '@/lib/cn'
import { Icon, type IconProps } from './icons'

// Icons that only pages loaded later use. A module the first screen loads ships whole with it,
// so these live apart from icons.tsx and download with the pages that draw them.

export const LockIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="5" y="11" width="14" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </Icon>
)
export const ShareIcon = (props: IconProps) => (
  <Icon {...props}>
    <path d="M12 15V3M8 7l4-4 4 4M5 12v8h14v-8" />
  </Icon>
)
export const CopyIcon = (props: IconProps) => (
  <Icon {...props}>
    <rect x="8" y="8" width="12" height="12" rx="2" />
    <path d="M16 8V5a1 1 0 0 0-1-1H5a1 1 0 0 0-1 1v10a1 1 0 0 0 1 1h3" />
  </Icon>
)
/** Leaves the portal (a partner's site); mirrored right to left. */
export const ExternalLinkIcon = (props: IconProps) => (
  <Icon {...props} className={cn('rtl:-scale-x-100', props.className)}>
    <path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </Icon>
)
