import type { ComponentProps } from 'react'
import { useHref, useLinkClickHandler, useMatch, useResolvedPath, type To } from 'react-router'

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { to: To }

/**
 * An in-app link: a real `<a href>` (open in a new tab, copy the address) that navigates in
 * the page on a plain click, through React Router's own click handling. React Router's
 * `<Link>` also carries its framework mode's prefetching and server-component support, which
 * the portal never uses but every member would download.
 */
export function Link({ to, onClick, target, children, ...rest }: LinkProps) {
  const href = useHref(to)
  const navigate = useLinkClickHandler(to, { target })
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event)
        if (!event.defaultPrevented) navigate(event)
      }}
    >
      {children}
    </a>
  )
}

type NavLinkProps = Omit<LinkProps, 'className'> & {
  /** Active only on exactly this path, not on the paths below it. */
  end?: boolean
  className: (state: { isActive: boolean }) => string
}

/** A navigation link that knows whether it leads to the current page (`aria-current`). */
export function NavLink({ to, end = false, className, ...rest }: NavLinkProps) {
  const isActive = useMatch({ path: useResolvedPath(to).pathname, end }) !== null
  return (
    <Link
      {...rest}
      to={to}
      aria-current={isActive ? 'page' : undefined}
      className={className({ isActive })}
    />
  )
}
