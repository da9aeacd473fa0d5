import { Trans } from '@lingui/react/macro'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useState } from 'react'
import { surveyQuery } from '@/api/endpoints/get-survey'
import { meQuery } from '@/api/endpoints/get-me'
import { programQuery } from '@/api/endpoints/get-program'
import { attemptPrefix } from '@/api/attempt-keys'
import { ErrorBoundary } from '@/ui/error-boundary'

// The question's code loads only when there is a question to ask.
const SurveyCard = lazy(() => import('./survey-card'))

/**
 * Whether an answer to this period's question is still unconfirmed: a quick look at where the
 * attempt store keeps it (the store itself loads with the card).
 */
function isUnconfirmed(memberId: string, surveyId: string) {
  try {
    return localStorage.getItem(`${attemptPrefix('survey-answer')}${memberId}:${surveyId}`) !== null
  } catch {
    return false
  }
}

/**
 * The net promoter question, on the dashboard, at most once per period: shown while the API
 * says it is due (or an answer of this period is still unconfirmed), until the member answers
 * and closes the thanks, or dismisses it. A question that fails to load is simply not asked.
 */
export function SurveyPrompt() {
  const { data: survey } = useQuery(surveyQuery())
  const { data: member } = useQuery(meQuery())
  const { data: program } = useQuery(programQuery())
  const unsettled = member && survey ? isUnconfirmed(member.id, survey.surveyId) : false
  // Once shown, it stays until closed: the answer's refetch must not take the thanks away.
  const [shown, setShown] = useState<string | null>(null)
  const [closed, setClosed] = useState<string | null>(null)
  const [dismissed, setDismissed] = useState(false)
  const wanted = survey && (survey.state === 'due' || unsettled) ? survey.surveyId : null
  if (wanted !== null && shown !== wanted && closed !== wanted) setShown(wanted)
  const open = survey && member && program && shown === survey.surveyId && closed !== shown
  return (
    <>
      {/* Present before it speaks, so the words are announced. */}
      <p role="status" className="sr-only">
        {dismissed && <Trans>We won’t ask again this period.</Trans>}
      </p>
      {open && (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
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
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  )
}
