import type { ComponentProps } from 'react'
import { joinTarget } from '@/config/account-links'
import { Link } from '@/ui/link'

/** "Join": the portal's own form, or the program's enrolment site when the config names one. */
export function JoinLink({ children, ...props }: Omit<ComponentProps<'a'>, 'href'>) {
  const target = joinTarget()
  if (target.external) {
    return (
      <a {...props} href={target.href}>
        {children}
      </a>
    )
  }
  return (
    <Link {...props} to={target.to}>
      {children}
    </Link>
  )
}
