import { msg } from '@lingui/core/macro'
import type { RewardCategory } from '@/api/schemas/reward'
import type { MessageDescriptor } from '@lingui/core'
import { i18n } from '@/lib/i18n/i18n'

/** Each category's name, as a message. */
export const categoryMessages: Record<RewardCategory, MessageDescriptor> = {
  discount: msg`Discount`,
  free_product: msg`Free product`,
  gift: msg`Gift`,
  experience: msg`Experience`,
  free_shipping: msg`Free shipping`,
  donation: msg`Donation`,
}

/**
 * Each category's name in the active language, read when it is used (a component that shows
 * one re-renders on a language change when it uses `useLingui`). Prefer `categoryMessages`
 * with `i18n._` in new code.
 */
export const categoryLabels: Readonly<Record<RewardCategory, string>> = Object.defineProperties(
  {} as Record<RewardCategory, string>,
  Object.fromEntries(
    Object.entries(categoryMessages).map(([category, message]) => [
      category,
      { enumerable: true, get: () => i18n._(message) },
    ]),
  ),
)
