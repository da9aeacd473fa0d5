import { Trans, useLingui } from '@lingui/react/macro'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { dismissSurvey } from '@/api/endpoints/dismiss-survey'
import { forgetDismissal, rememberDismissal } from './dismissed-survey'
import { meQuery } from '@/api/endpoints/get-me'
import { surveyQuery } from '@/api/endpoints/get-survey'
import type { SurveyStatus } from '@/api/schemas/account'
import { answerSurveyCommand, surveyAttempts } from '@/api/survey-command'
import { useCommand } from '@/api/use-command'
import { formatNumber, formatPoints, type PointsWording } from '@/lib/format'
import { Button } from '@/ui/button'
import { Card } from '@/ui/card'
import { CheckIcon } from '@/ui/icons'
import { PointsActionButton } from '@/ui/points-action-button'

const SCORES = Array.from({ length: 11 }, (_, score) => score)

type SurveyCardProps = {
  survey: SurveyStatus
  memberId: string
  points: PointsWording
  /** Closed: by dismissing the question (true), or after its outcome (false). */
  onClose: (dismissed: boolean) => void
}

/** Tells the API again of a dismissal it did not hear; still unheard, it is kept for next time. */
export function TellDismissal() {
  const queryClient = useQueryClient()
  const { data: member } = useQuery(meQuery())
  const { data: survey } = useQuery(surveyQuery())
  const memberId = member?.id
  const surveyId = survey?.surveyId
  useEffect(() => {
    if (memberId === undefined || surveyId === undefined) return
    dismissSurvey(surveyId)
      .then((status) => {
        forgetDismissal(memberId)
        queryClient.setQueryData(surveyQuery().queryKey, status)
      })
      .catch(() => {})
  }, [memberId, surveyId, queryClient])
  return null
}

/**
 * "How likely are you to recommend us to a friend?" as a radio group (arrow keys move between
 * the scores), then the main reason, optional and length-limited. Sending is an idempotent
 * command: the points an answer earns are credited once, and an answer whose outcome is
 * unknown is checked with the same key, never sent as a new one.
 */
export default function SurveyCard({ survey, memberId, points, onClose }: SurveyCardProps) {
  const queryClient = useQueryClient()
  const [resume] = useState(() => surveyAttempts.find(memberId, survey.surveyId))
  const command = useCommand(answerSurveyCommand, memberId, {
    slot: survey.surveyId,
    active: true,
    resume,
  })
  const dismiss = useMutation({
    mutationFn: () => dismissSurvey(survey.surveyId),
    onMutate: () => {
      // Put away at once, and on this device until the API remembers it for the period.
      rememberDismissal(memberId, survey.surveyId)
      queryClient.setQueryData(surveyQuery().queryKey, { ...survey, state: 'dismissed' })
      onClose(true)
    },
    onSuccess: (status) => {
      forgetDismissal(memberId)
      queryClient.setQueryData(surveyQuery().queryKey, status)
    },
    // Not heard by the API this time: the dashboard tells it again on the next visit.
    onError: () => void queryClient.invalidateQueries({ queryKey: surveyQuery().queryKey }),
  })
  const ids = useId()
  const headingId = `${ids}-heading`
  const outcome = useRef<HTMLHeadingElement>(null)
  const { result, failure } = command
  const settled = result !== undefined || failure?.kind === 'refused'
  useEffect(() => {
    if (settled) outcome.current?.focus()
  }, [settled])

  let body
  if (result) {
    const added = result.answer.pointsAwarded
    const addedWords = formatPoints(added, points)
    body = (
      <div className="space-y-3">
        <h2
          ref={outcome}
          tabIndex={-1}
          id={headingId}
          className="text-lg font-semibold outline-none"
        >
          <Trans>Thank you for your answer</Trans>
        </h2>
        <p role="status" className="flex items-start gap-2">
          <CheckIcon className="mt-0.5 shrink-0 text-brand-strong" />
          <span>
            {added > 0 ? (
              <Trans>{addedWords} added to your balance. We read every reason we’re given.</Trans>
            ) : (
              <Trans>We read every reason we’re given.</Trans>
            )}
          </span>
        </p>
        <Button variant="secondary" onClick={() => onClose(false)}>
          <Trans>Close</Trans>
        </Button>
      </div>
    )
  } else if (failure?.kind === 'refused') {
    body = (
      <div className="space-y-3">
        <h2
          ref={outcome}
          tabIndex={-1}
          id={headingId}
          className="text-lg font-semibold outline-none"
        >
          {failure.code === 'already_completed' ? (
            <Trans>You’ve answered this already</Trans>
          ) : (
            <Trans>This question has closed</Trans>
          )}
        </h2>
        <p role="status">
          {failure.code === 'already_completed' ? (
            <Trans>
              You answered this period’s question before, and it counts once. Nothing more was
              added. Thank you!
            </Trans>
          ) : (
            <Trans>
              The question isn’t open any more, so this answer wasn’t kept. Nothing was added.
            </Trans>
          )}
        </p>
        <Button variant="secondary" onClick={() => onClose(false)}>
          <Trans>Close</Trans>
        </Button>
      </div>
    )
  } else if (command.pending) {
    body = (
      <>
        <h2 id={headingId} className="text-lg font-semibold">
          <Trans>A quick question</Trans>
        </h2>
        <p role="status" aria-busy="true" className="mt-2 text-ink-muted">
          {command.checking ? (
            <Trans>Checking whether your answer arrived… Nothing will be added twice.</Trans>
          ) : (
            <Trans>Sending your answer…</Trans>
          )}
        </p>
      </>
    )
  } else if (failure && command.attempt) {
    const score = formatNumber(command.attempt.score)
    body = (
      <>
        <h2 id={headingId} className="text-lg font-semibold">
          <Trans>A quick question</Trans>
        </h2>
        <div role="alert" className="mt-2 rounded-xl bg-warning-soft p-3 text-sm">
          <p className="font-semibold">
            <Trans>We couldn’t confirm your answer yet</Trans>
          </p>
          <p className="mt-1">
            <Trans>
              We didn’t get a clear answer about your score of {score}. Check again to find out:
              it’s the same answer, so any points are added only once.
            </Trans>
          </p>
          <PointsActionButton size="sm" className="mt-2" onClick={command.check}>
            <Trans>Check again</Trans>
          </PointsActionButton>
        </div>
      </>
    )
  } else {
    body = (
      <SurveyForm
        survey={survey}
        points={points}
        headingId={headingId}
        onSend={(score, reason) =>
          command.confirm({
            surveyId: survey.surveyId,
            score,
            ...(reason.trim() !== '' && { reason: reason.trim() }),
          })
        }
        onDismiss={() => dismiss.mutate()}
      />
    )
  }

  return (
    <Card aria-labelledby={headingId} className="mb-6">
      {body}
    </Card>
  )
}

type SurveyFormProps = {
  survey: SurveyStatus
  points: PointsWording
  headingId: string
  onSend: (score: number, reason: string) => void
  onDismiss: () => void
}

function SurveyForm({ survey, points, headingId, onSend, onDismiss }: SurveyFormProps) {
  const { t } = useLingui()
  const ids = useId()
  const [score, setScore] = useState<number | null>(null)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const first = useRef<HTMLInputElement>(null)
  const max = survey.reasonMaxLength
  const left = max - reason.length
  const leftWords = formatNumber(left)
  const maxWords = formatNumber(max)
  const offered = survey.points === null ? null : formatPoints(survey.points, points)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (score === null) {
      setMissing(true)
      first.current?.focus()
      return
    }
    onSend(score, reason)
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          <Trans>A quick question</Trans>
        </h2>
        {offered && (
          <span className="rounded-full bg-brand-soft px-2.5 py-0.5 text-sm font-semibold text-brand-strong">
            <Trans>+{offered}</Trans>
          </span>
        )}
      </div>
      {offered && (
        <p className="mt-1 text-sm text-ink-muted">
          <Trans>Answer and we’ll add {offered} to your balance, once this period.</Trans>
        </p>
      )}
      <fieldset className="mt-4" aria-describedby={missing ? `${ids}-missing` : undefined}>
        <legend className="font-semibold">
          <Trans>How likely are you to recommend us to a friend?</Trans>
        </legend>
        <div className="mt-3 grid grid-cols-6 gap-2 sm:grid-cols-11">
          {SCORES.map((value) => (
            <label
              key={value}
              className="relative flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-line bg-surface font-semibold has-checked:border-brand has-checked:bg-brand has-checked:text-on-brand has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-brand"
            >
              <input
                ref={value === 0 ? first : undefined}
                type="radio"
                name={`${ids}-score`}
                value={value}
                checked={score === value}
                onChange={() => {
                  setScore(value)
                  setMissing(false)
                }}
                className="absolute inset-0 size-full cursor-pointer opacity-0"
              />
              <span aria-hidden="true">{formatNumber(value)}</span>
              <span className="sr-only">
                {value === 0
                  ? t`0, not at all likely`
                  : value === 10
                    ? t`10, extremely likely`
                    : formatNumber(value)}
              </span>
            </label>
          ))}
        </div>
        <div aria-hidden="true" className="mt-2 flex justify-between gap-4 text-sm text-ink-muted">
          <span>
            <Trans>0: not at all likely</Trans>
          </span>
          <span className="text-end">
            <Trans>10: extremely likely</Trans>
          </span>
        </div>
      </fieldset>
      {missing && (
        <p id={`${ids}-missing`} role="alert" className="mt-2 text-sm font-semibold text-danger">
          <Trans>Choose a score from 0 to 10 first.</Trans>
        </p>
      )}
      <div className="mt-4">
        <label htmlFor={`${ids}-reason`} className="block font-semibold">
          <Trans>What is the main reason for your score?</Trans>{' '}
          <span className="font-normal text-ink-muted">
            <Trans>(optional)</Trans>
          </span>
        </label>
        <textarea
          id={`${ids}-reason`}
          value={reason}
          maxLength={max}
          rows={3}
          aria-describedby={`${ids}-left`}
          onChange={(event) => setReason(event.target.value.slice(0, max))}
          className="mt-1 block w-full rounded-lg border border-line bg-surface px-3 py-2 text-ink"
        />
        <p id={`${ids}-left`} className="mt-1 text-sm text-ink-muted">
          <Trans>
            {leftWords} of {maxWords} characters left
          </Trans>
        </p>
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <div>
          <PointsActionButton type="submit">
            <Trans>Send my answer</Trans>
          </PointsActionButton>
        </div>
        <Button variant="ghost" onClick={onDismiss}>
          <Trans>Not now</Trans>
        </Button>
      </div>
    </form>
  )
}
