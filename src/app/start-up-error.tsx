/** Full-page messages for failures before the portal can start. Plain markup: nothing else has loaded. */
export function ConfigErrorPage({ message }: { message: string }) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold">The rewards portal can’t start</h1>
      <p role="alert" className="mt-4 rounded-xl bg-danger-soft p-4">
        {message}
      </p>
      <p className="mt-4 text-ink-muted">
        The portal reads its settings from <code>config.json</code> when it opens. If you look after
        this site, fix the file and reload; otherwise, please try again later.
      </p>
      <button
        type="button"
        onClick={() => window.location.reload()}
        className="mt-6 min-h-11 rounded-full bg-brand px-5 font-semibold text-on-brand"
      >
        Reload
      </button>
    </main>
  )
}

export function UnknownScenarioPage({
  requested,
  known,
}: {
  requested: string
  known: readonly { name: string; description: string }[]
}) {
  return (
    <main className="mx-auto max-w-xl px-6 py-16">
      <h1 className="text-2xl font-bold">There is no mock scenario called “{requested}”</h1>
      <p className="mt-4 text-ink-muted">Pick one of these:</p>
      <ul className="mt-4 space-y-3">
        {known.map((scenario) => (
          <li key={scenario.name}>
            <a className="font-semibold text-brand underline" href={`/?scenario=${scenario.name}`}>
              {scenario.name}
            </a>
            <span className="text-ink-muted">: {scenario.description}</span>
          </li>
        ))}
      </ul>
    </main>
  )
}
