/** Where the engine gets "now" from: real time in the browser, a fixed instant in tests. */
export type Clock = () => Date

export const systemClock: Clock = () => new Date()

export function fixedClock(iso: string): Clock {
  const time = Date.parse(iso)
  if (Number.isNaN(time)) throw new Error(`fixedClock: not a date: ${iso}`)
  return () => new Date(time)
}
