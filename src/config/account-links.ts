/** Hand-offs to the program's own site, from the runtime config (see schema.ts). */
export type AccountLinks = {
  /** Joining happens there instead of in the portal's own form. */
  joinUrl?: string | undefined
  /** Resetting a forgotten password. */
  passwordResetUrl?: string | undefined
}

let links: AccountLinks = {}

export function setAccountLinks(next: AccountLinks) {
  links = { joinUrl: next.joinUrl, passwordResetUrl: next.passwordResetUrl }
}

export const accountLinks = (): AccountLinks => links

/** Where "Join" leads: the program's own enrolment site when the config names one, else /join. */
export const joinTarget = (): { external: true; href: string } | { external: false; to: string } =>
  links.joinUrl ? { external: true, href: links.joinUrl } : { external: false, to: '/join' }
