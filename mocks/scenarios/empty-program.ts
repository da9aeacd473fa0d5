import { addDays } from '../engine/dates'
import { localize } from '../engine/language'
import { createMemberProfile } from '../engine/members'
import { createProgram } from '../engine/program-rules'
import { words } from '../engine/words/words'
import { daysAgo, startHistory, type ScenarioContext, type ScenarioState } from './scenario-state'

/**
 * A program that has only just opened: no rewards in its catalog yet, no partner brands and no
 * punch cards. Tomás joined a few days ago; his welcome bonus and first purchases wait for
 * something to spend them on.
 */
export function buildEmptyProgram(context: ScenarioContext): ScenarioState {
  const { now, program } = context
  const opening: ScenarioContext = { ...context, catalog: [] }
  const member = createMemberProfile({
    random: context.random.fork('member'),
    firstName: 'Tomás',
    lastName: 'Novák',
    memberSince: addDays(now, -5),
    birthday: null,
  })
  const { ledger, redemptions, engagement, history } = startHistory(opening)
  // Joining came first: the welcome bonus, then the purchases since.
  if (program.welcomeBonus > 0) {
    ledger.earn({
      source: 'welcome',
      points: program.welcomeBonus,
      occurredAt: daysAgo(now, 5, 11),
      description: localize((language) =>
        words(language).history.welcome(createProgram(language).name),
      ),
    })
  }
  history.purchase(daysAgo(now, 4, 9), 1_850, 'cafe')
  history.purchase(daysAgo(now, 2, 17), 4_200)
  history.commit()
  return {
    member,
    ledger,
    redemptions,
    engagement,
    catalog: opening.catalog,
    partners: [],
    punchCards: [],
  }
}
