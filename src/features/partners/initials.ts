/**
 * Up to two initials of a name, for a partner without a logo: the first letter of its first two
 * words ("Coastline Cycles" → "CC"; "Maple & Thyme Kitchen" → "MT"), whatever the script.
 */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  return words
    .slice(0, 2)
    .map((word) => [...word].find((char) => /\p{L}/u.test(char)) ?? '')
    .join('')
    .toLocaleUpperCase()
}
