import { Trans } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { surveyQuery } from '@/api/endpoints/get-survey'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { attemptPrefix } from '@/api/attempt-keys'
import { ErrorBoundary } from '@/ui/error-boundary'
import { dismissalKey } from './dismissed-survey'

// The question's code loads only when there is a question to ask.
const SurveyCard = lazy(() => import('./survey-card'))
const TellDismissal = lazy(() =>
  import('./survey-card').then(({ TellDismissal }) => ({ default: TellDismissal })),
)

/** What this device keeps under `key`; nothing when storage is blocked. */
function stored(key: string) {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

/**
 * The net promoter question, on the dashboard, at most once per period: shown while the API
 * says it is due (or an answer of this period is still unconfirmed), until the member answers
 * and closes the thanks, or dismisses it. A question that fails to load is simply not asked,
 * and one dismissed on this device is not asked again while the API is told.
 */
export function SurveyPrompt() {
  const { data: survey } = useQuery(surveyQuery())
  const { data: member } = useQuery(meQuery())
  const { data: program } = useQuery(programQuery())
  // An answer of this period still unconfirmed: a quick look where the attempt store keeps it
  // (the store itself loads with the card).
  const unsettled =
    member && survey
      ? stored(`${attemptPrefix('survey-answer')}${member.id}:${survey.surveyId}`) !== null
      : false
  const untold =
    member && survey?.state === 'due' && stored(dismissalKey(member.id)) === survey.surveyId
  // Once shown, it stays until closed: the answer's refetch must not take the thanks away.
  const [shown, setShown] = useState<string | null>(null)
  const [closed, setClosed] = useState<string | null>(null)
  const [dismissed, setDismissed] = useState(false)
  const wanted =
    survey && ((survey.state === 'due' && !untold) || unsettled) ? survey.surveyId : null
  if (wanted !== null && shown !== wanted && closed !== wanted) setShown(wanted)
  const open = survey && member && program && shown === survey.surveyId && closed !== shown
  return (
    <>
      {/* Present before it speaks, so the words are announced. */}
      <p role="status" className="sr-only">
        {dismissed && <Trans>We won’t ask again this period.</Trans>}
      </p>
      <ErrorBoundary fallback={() => null}>
        <Suspense fallback={null}>
          {/* A dismissal the API did not hear (a lost request, a reload before it arrived). */}
          {untold && <TellDismissal />}
          {open && (
            <SurveyCard
              survey={survey}
              memberId={member.id}
              points={program.points}
              onClose={(byDismissing) => {
                setClosed(survey.surveyId)
                setDismissed(byDismissing)
                // The card and the button that closed it are gone: focus goes to the page.
                document.getElementById('main')?.focus()
              }}
            />
          )}
        </Suspense>
      </ErrorBoundary>
    </>
  )
}
