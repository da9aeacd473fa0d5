import type { MessageDescriptor } from '@lingui/core'
import { msg } from '@lingui/core/macro'
import type { EarningActionKind, EarningRule, RuleProgress } from '@/api/schemas/earning'

/** What the button that completes an action says. */
export const actionButtonLabels: Readonly<Record<EarningActionKind, MessageDescriptor>> = {
  newsletter: msg`Subscribe`,
  app: msg`Connect the app`,
  social: msg`Follow`,
}

/** What the link to where an action happens says (the store, the social account). */
export const actionLinkLabels: Readonly<Record<EarningActionKind, MessageDescriptor>> = {
  newsletter: msg`See a past issue`,
  app: msg`Get the app`,
  social: msg`Open the account`,
}

/** The rules the portal completes itself, each with its action, in the program's order. */
export function actionRules(rules: readonly EarningRule[]) {
  return rules.flatMap((rule) => (rule.action ? [{ rule, action: rule.action }] : []))
}

/** The rules that happen elsewhere (purchases, reviews, referrals, events), but the birthday. */
export const otherRules = (rules: readonly EarningRule[]) =>
  rules.filter((rule) => rule.action === null && rule.kind !== 'birthday')

/** The member's progress on a rule, by its id. */
export const progressOf = (progress: readonly RuleProgress[], ruleId: string) =>
  progress.find((item) => item.ruleId === ruleId)

/**
 * An amount typed in the currency's major unit ("40", "12.5", "12,50", "٤٠") in minor units, or
 * null when it is not a positive amount with at most `digits` decimals.
 */
export function parseAmount(text: string, digits = 2): number | null {
  const trimmed = text
    .trim()
    .replace(/\s/g, '')
    // Arabic-Indic and Persian digits, and the Arabic decimal separator, as their keyboards type them.
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
  if (!/^\d{1,7}([.,]\d+)?$/.test(trimmed)) return null
  const [whole = '0', fraction = ''] = trimmed.split(/[.,]/)
  if (fraction.length > digits) return null
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  return minor > 0 ? minor : null
}
