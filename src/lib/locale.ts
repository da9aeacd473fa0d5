let locale: string | undefined

/** The locale every number and date is formatted for: the config's, else the browser's. */
export function currentLocale(): string {
  return locale ?? globalThis.navigator?.language ?? 'en-US'
}

export function setLocale(next: string | undefined) {
  locale = next
}
