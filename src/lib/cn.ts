/**
 * The utilities a caller may override on a primitive: rounding, height and background colour
 * (`bg-` is only ever a colour here), each under its own variants (`sm:`, `hover:` ...).
 * Tailwind orders its stylesheet by property and value, not by the order of a class list, so
 * with two classes of one of these groups the winner would be left to chance. Add a group here
 * before a primitive lets callers change another property through className.
 */
const OVERRIDABLE = /\b(rounded|h|bg)-.*/

/**
 * Joins class names, skipping falsy ones. The caller's className comes last and wins: a later
 * class of an OVERRIDABLE group replaces an earlier one with the same group and variants.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  const byGroup: Record<string, string> = {}
  for (const name of classes.filter(Boolean).join(' ').split(' ')) {
    if (name) byGroup[name.replace(OVERRIDABLE, '$1')] = name
  }
  return Object.values(byGroup).join(' ')
}
