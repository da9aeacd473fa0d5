import * as z from 'zod/mini'
import { id, points, timestamp } from './common'
import { Balance } from './member'

/** The longest reason a survey answer may carry, in characters. */
export const SURVEY_REASON_MAX_LENGTH = 500

/**
 * Where the member stands with this period's question: `due` (ask it), `answered`,
 * `dismissed` (asked, and put away until the next period), `not_eligible` (not asked yet: a
 * member is asked once they have been with the program a while).
 */
export const SurveyState = z.enum(['due', 'answered', 'dismissed', 'not_eligible'])
export type SurveyState = z.infer<typeof SurveyState>

/** An answer the member gave. */
export const SurveyAnswer = z.object({
  surveyId: id(),
  score: z.int().check(z.gte(0), z.lte(10)),
  answeredAt: timestamp(),
  /** Points credited for this answer; 0 when the program gave none. */
  pointsAwarded: points(0),
  /** The GET /me/activity entry that credited them; null when none did. */
  entryId: z.nullable(id()),
})
export type SurveyAnswer = z.infer<typeof SurveyAnswer>

/** GET /me/survey: the net promoter question of this period, as it stands for the member. */
export const SurveyStatus = z.object({
  /** This period's question: answers and dismissals name it. */
  surveyId: id(),
  state: SurveyState,
  periodStart: timestamp(),
  periodEnd: timestamp(),
  /** Points an answer earns this period; null when the program gives none. */
  points: z.nullable(points(1)),
  reasonMaxLength: z.int().check(z.gte(1)),
  /** This period's answer, once given. */
  answer: z.nullable(SurveyAnswer),
})
export type SurveyStatus = z.infer<typeof SurveyStatus>

/** Body of POST /me/survey/answers. */
export const SurveyAnswerRequest = z.object({
  surveyId: id(),
  score: z.int().check(z.gte(0), z.lte(10)),
  /** The main reason for the score, in the member's words; optional. */
  reason: z.optional(z.string().check(z.maxLength(SURVEY_REASON_MAX_LENGTH))),
})
export type SurveyAnswerRequest = z.infer<typeof SurveyAnswerRequest>

/** Answer of POST /me/survey/answers: the answer and the balance after it. */
export const SurveyAnswerResult = z.object({ answer: SurveyAnswer, balance: Balance })
export type SurveyAnswerResult = z.infer<typeof SurveyAnswerResult>

/** Body of POST /me/survey/dismissals. */
export const SurveyDismissal = z.object({ surveyId: id() })
export type SurveyDismissal = z.infer<typeof SurveyDismissal>

/** The ways the program may write to the member. */
export const Channel = z.enum(['email', 'sms', 'push'])
export type Channel = z.infer<typeof Channel>

/** One channel: whether the member opted in, and what opting in earns. */
export const ChannelPreference = z.object({
  channel: Channel,
  optedIn: z.boolean(),
  /** Points the first opt-in earns, once ever; 0 when it earns none. */
  optInPoints: points(0),
  /** When the opt-in's points were credited; null while they are still to earn. */
  pointsEarnedAt: z.nullable(timestamp()),
})
export type ChannelPreference = z.infer<typeof ChannelPreference>

/** GET /me/preferences: every channel, in the order the program lists them. */
export const Preferences = z.object({ channels: z.array(ChannelPreference) })
export type Preferences = z.infer<typeof Preferences>

/** Body of POST /me/preferences: one channel's choice. */
export const PreferenceChange = z.object({ channel: Channel, optedIn: z.boolean() })
export type PreferenceChange = z.infer<typeof PreferenceChange>

/** Answer of POST /me/preferences. */
export const PreferenceChangeResult = z.object({
  preferences: Preferences,
  /** Points this change credited: an opt-in's, the first time; else 0. */
  pointsCredited: points(0),
  balance: Balance,
})
export type PreferenceChangeResult = z.infer<typeof PreferenceChangeResult>
