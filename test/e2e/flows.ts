// Steps several browser tests take, written once.
import type { Locator, Page } from 'playwright-core'

/** Wait for an element to show, allowing for a cold build on a busy machine. */
export const VISIBLE = { state: 'visible', timeout: 15_000 } as const

/** The header's balance as a number ("1,081 points" -> 1081). */
export async function headerBalance(page: Page): Promise<number> {
  const text = await page
    .getByRole('banner')
    .getByText(/\d[\d,]* points?$/)
    .innerText()
  return Number(text.replace(/\D/g, ''))
}

/** Opens the first reward the member can get now, from the dashboard; returns its name. */
export async function openAffordableReward(page: Page): Promise<string> {
  const link = page
    .getByRole('region', { name: 'Rewards you can get now' })
    .getByRole('link')
    .first()
  await link.waitFor(VISIBLE)
  await link.click()
  await page.waitForURL(/\/rewards\/[^/]+$/)
  const heading = page.locator('#reward-heading')
  await heading.waitFor(VISIBLE)
  return heading.innerText()
}

/** Presses Tab until `locator` has focus; fails when it can't be reached. */
export async function tabTo(page: Page, locator: Locator, limit = 120) {
  for (let i = 0; i < limit; i += 1) {
    if (await locator.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press('Tab')
  }
  throw new Error('could not reach the element with Tab')
}

/** Wide screens: opens a header menu (a group such as "Rewards") and follows one of its links. */
export async function openFromMenu(page: Page, menu: string, link: string) {
  const nav = page.getByRole('navigation', { name: 'Main' })
  await nav.getByRole('button', { name: menu }).click()
  await nav.getByRole('link', { name: link }).click()
}
