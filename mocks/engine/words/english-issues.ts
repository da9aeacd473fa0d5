import type { $ZodErrorMap } from 'zod/v4/core'

let loaded: $ZodErrorMap | null = null

/**
 * Loads zod's English words for what is wrong with a value. Only a request outside its schema
 * needs them, so the browser fetches them then: call this before writing such a problem.
 */
export async function loadEnglishIssues(): Promise<void> {
  loaded ??= (await import('zod/v4/locales/en.js')).default().localeError
}

/** zod's English words for an issue (loaded: see loadEnglishIssues). */
export const englishIssues: $ZodErrorMap = (issue) => {
  if (!loaded) {
    throw new Error("zod's English issue words are not loaded yet: await loadEnglishIssues() first")
  }
  return loaded(issue)
}
