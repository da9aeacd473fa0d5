import { Trans } from '@lingui/react/macro'

/**
 * Full-page messages for failures before the portal can start. Plain markup: nothing else has
 * loaded. The words are the member's language (a saved choice or the browser's); what went
 * wrong in the config file stays in English, for whoever deploys the portal.
 */
export function ConfigErrorPage({
  kind,
  detail,
}: {
  /** `unreachable`: the settings did not arrive; `invalid`: they arrived, but are wrong. */
  kind: 'unreachable' | 'invalid'
  /** The config loader's own words: which file, which key. */
  detail: string
}) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold">
        <Trans>The rewards portal can’t start</Trans>
      </h1>
      <p role="alert" className="mt-4 rounded-xl bg-danger-soft p-4">
        {kind === 'unreachable' ? (
          <Trans>
            Its settings could not be loaded. Check your connection, then reload the page.
          </Trans>
        ) : (
          <Trans>Its settings contain a mistake, so it can’t open. Please try again later.</Trans>
        )}
      </p>
      <p className="mt-4 text-ink-muted">
        <Trans>
          If you look after this site: the portal reads its settings from <code>config.json</code>{' '}
          when it opens. Fix the file and reload. What the portal found:
        </Trans>
      </p>
      <p lang="en" dir="ltr" className="mt-2 font-mono text-sm break-words text-ink-muted">
        {detail}
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-6 min-h-11 rounded-full bg-brand px-5 font-semibold text-on-brand"
      >
        <Trans>Reload</Trans>
      </button>
    </main>
  )
}

/** Mock mode only: a link named a scenario that does not exist. */
export function UnknownScenarioPage({
  requested,
  known,
}: {
  requested: string
  known: readonly { name: string; description: string }[]
}) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold">
        <Trans>There is no mock scenario called “{requested}”</Trans>
      </h1>
      <p className="mt-4 text-ink-muted">
        <Trans>Pick one of these:</Trans>
      </p>
      <ul className="mt-4 space-y-3">
        {known.map((scenario) => (
          <li key={scenario.name}>
            <a
              className="font-semibold text-brand underline"
              href={`/?scenario=${scenario.name}`}
              lang="en"
            >
              {scenario.name}
            </a>
            <span className="text-ink-muted">: {scenario.description}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
