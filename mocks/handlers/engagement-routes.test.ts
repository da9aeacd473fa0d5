import { describe, expect, it } from 'vitest'
import { ChallengePage } from '@/api/schemas/challenge'
import { PartnerPage } from '@/api/schemas/partner'
import { Problem } from '@/api/schemas/problem'
import { PunchCardPage } from '@/api/schemas/punch-card'
import { ReferredFriendPage } from '@/api/schemas/referral'
import { serveScenario, TEST_API_BASE_URL } from '../node'

// test/setup.ts starts the shared MSW server; these requests go through real fetch.

async function get(path: string, language?: string) {
  const response = await fetch(`${TEST_API_BASE_URL}${path}`, {
    headers: language === undefined ? {} : { 'Accept-Language': language },
  })
  return { status: response.status, body: (await response.json()) as unknown }
}

describe('engagement endpoints', () => {
  it('answer the program’s words in the language asked for, English otherwise', async () => {
    serveScenario('challenge-almost-done')
    const title = async (language?: string) =>
      ChallengePage.parse((await get('/me/challenges', language)).body).items.find(
        (challenge) => challenge.id === 'chl_autumn_trio',
      )?.title
    expect(await title()).toBe('Autumn trio')
    expect(await title('es-ES,es;q=0.9')).toBe('Trío de otoño')
    expect(await title('ar')).toBe('ثلاثية الخريف')
    expect(await title('fr')).toBe('Autumn trio')

    const cards = PunchCardPage.parse((await get('/me/punch-cards', 'ar')).body).items
    expect(cards[0]?.name).toBe('بطاقة قهوة المقهى')
    const partners = PartnerPage.parse((await get('/partners', 'es')).body).items
    expect(partners[0]).toMatchObject({ name: 'Northwind Books', category: 'Librería' })
  })

  it('list challenges by view, and page friends with the cursor', async () => {
    serveScenario('referral-champion')
    const first = ReferredFriendPage.parse((await get('/me/referrals/friends?limit=10')).body)
    expect(first.items).toHaveLength(10)
    expect(first.nextCursor).not.toBeNull()
    const second = ReferredFriendPage.parse(
      (await get(`/me/referrals/friends?limit=10&cursor=${first.nextCursor ?? ''}`)).body,
    )
    const ids = [...first.items, ...second.items].map((friend) => friend.id)
    expect(new Set(ids).size).toBe(ids.length)

    serveScenario('default')
    const history = ChallengePage.parse((await get('/me/challenges?view=history')).body)
    expect(history.items.map((c) => c.status)).toEqual(['completed', 'expired'])
  })

  it('refuse a view they do not know with a 400 problem', async () => {
    serveScenario('default')
    const { status, body } = await get('/me/challenges?view=soon')
    expect(status).toBe(400)
    expect(Problem.parse(body)).toMatchObject({ code: 'bad_request' })
  })
})
