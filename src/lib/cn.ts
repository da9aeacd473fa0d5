/** Joins class names, skipping falsy ones. The caller's className comes last so it wins. */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(' ')
}
