import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react'
import { endpointName } from '@/api/endpoint-docs'
import {
  FAULT_ENDPOINTS,
  faultEndpoints,
  faultsFor,
  hasFaults,
  isFault,
  CHECKOUT_OUTCOMES,
  isCheckoutOutcome,
  isLatency,
  LATENCIES,
  sameSettings,
  type DesignerSettings,
  type Fault,
  type FaultEndpoint,
  type CheckoutOutcome,
  type Latency,
} from '../designer-settings'
import { PSEUDO_LANGUAGE, TRANSLATED_LANGUAGES } from '../engine/language'
import { isScenarioName, scenarioDescriptions, scenarioNames } from '../scenarios/scenarios'
import { applySettings, resetMockState, shareableUrl, type PanelEnvironment } from './actions'
import { BUTTON, DESIGNER_TOGGLE, SECONDARY, TOOL_ICON_PATH } from './toggle-style'

const CHECKOUT_LABELS: Record<CheckoutOutcome, string> = {
  success: 'Paid',
  late: 'Paid, confirmed 90 s later',
  cancelled: 'Cancelled',
  failed: 'Failed',
}

const LATENCY_LABELS: Record<Latency, string> = {
  '0': 'None',
  '300': '300 ms',
  '2000': '2 s',
  offline: 'Offline',
  'offline-later': 'Offline after 3 s',
}

const FAULT_LABELS: Record<Fault, string> = {
  '500': '500 error',
  '503': '503 unavailable',
  '401': '401 signed out',
  malformed: 'Malformed JSON',
  timeout: 'Timeout',
  'committed-drop': 'Processed, then connection lost',
  'committed-timeout': 'Processed, then no answer',
  'committed-502': 'Processed, then 502 page',
  'committed-500': 'Processed, then 500',
  'committed-truncated': 'Processed, then cut-off JSON',
  'sold-out': 'Refused: sold out just now',
  'price-changed': 'Refused: price went up',
  'points-taken-back': 'Refused: points taken back just now',
  'limit-reached': 'Refused: limit reached on another device',
  'tier-raised': 'Refused: now for a higher tier',
  'next-page-500': 'Later pages: 500 error',
  'done-elsewhere': 'Refused: done on another device',
}

const PRIMARY = `${BUTTON} bg-brand text-on-brand hover:bg-brand-strong`
const DANGER = `${BUTTON} border border-line bg-surface text-danger hover:bg-danger-soft`
const FIELD =
  'min-h-11 rounded-lg border border-line bg-surface px-3 text-sm text-ink hover:border-ink-muted'

type DesignerPanelProps = {
  /** The settings the mock runs with now. */
  settings: DesignerSettings
  env: PanelEnvironment
  /** The locales the portal offers (the pseudo-locale is added); the mock API's by default. */
  locales?: readonly string[] | undefined
  /** Open from the start: the designer opened it before its code was there. */
  initiallyOpen?: boolean | undefined
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** "Spanish (es)", "Arabic (ar)"; the pseudo-locale says what it is for. */
function localeLabel(locale: string): string {
  if (locale === PSEUDO_LANGUAGE) return `Pseudo-locale (${locale})`
  try {
    return `${languageNames.of(locale) ?? locale} (${locale})`
  } catch {
    return locale
  }
}

/**
 * The designer's floating panel, mock mode only: pick a scenario, latency and faults, and the
 * portal's language, apply them (the page reloads), share them as a link, or reset the mock
 * state. Non-modal: the page stays usable and focus moves only when the designer opens or
 * closes the panel.
 *
 * Its own words stay English, marked `lang="en"` and laid out left to right in every page
 * language: it is a tool for the team building the portal, never shown to members or shipped
 * in a real-mode build, and a designer checking the Arabic or pseudo-locale pages must still
 * be able to read the tool that switches them back.
 */
export function DesignerPanel({
  settings,
  env,
  locales = TRANSLATED_LANGUAGES,
  initiallyOpen = false,
}: DesignerPanelProps) {
  const [open, setOpen] = useState(initiallyOpen)
  const toggleRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()
  const active = hasFaults(settings)

  const close = useCallback(() => {
    setOpen(false)
    toggleRef.current?.focus()
  }, [])

  return (
    // Takes no room in the page (mountDesignerPanel reserves some below it): nothing moves
    // when the panel arrives after the page has been drawn.
    <aside aria-label="Designer tools" lang="en" dir="ltr">
      <button
        ref={toggleRef}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((value) => !value)}
        className={DESIGNER_TOGGLE}
      >
        <ToolIcon />
        Designer
        {active && (
          <>
            {/* A text node, not a span's edge: name computation trims spans. */}{' '}
            <span aria-hidden="true" className="size-2 rounded-full bg-warning" />
            <span className="sr-only">(faults on)</span>
          </>
        )}
      </button>
      {open && (
        <Panel id={panelId} settings={settings} env={env} locales={locales} onClose={close} />
      )}
    </aside>
  )
}

function Panel({
  id,
  settings,
  env,
  locales,
  onClose,
}: {
  id: string
  settings: DesignerSettings
  env: PanelEnvironment
  locales: readonly string[]
  onClose: () => void
}) {
  const [draft, setDraft] = useState(settings)
  // Read when the panel opens: by then the portal has switched to its language.
  const [currentLocale] = useState(() => env.locale())
  const [locale, setLocale] = useState(currentLocale)
  const localeOptions = [...new Set([...locales, currentLocale, PSEUDO_LANGUAGE])]
  const [copy, setCopy] = useState<{ state: 'idle' | 'copied' } | { state: 'failed'; url: string }>(
    { state: 'idle' },
  )
  const dialogRef = useRef<HTMLDivElement>(null)
  const firstFieldRef = useRef<HTMLSelectElement>(null)
  const ids = useId()

  // Opening moves focus into the panel (the designer asked for it); nothing else ever does.
  useEffect(() => {
    firstFieldRef.current?.focus()
  }, [])

  // Escape closes the panel when focus is in it; elsewhere the key belongs to the app.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target
      if (event.key !== 'Escape' || !(target instanceof Node)) return
      if (!dialogRef.current?.contains(target)) return
      event.stopPropagation()
      onClose()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onClose])

  const update = (next: Partial<DesignerSettings>) => {
    setDraft((current) => ({ ...current, ...next }))
    setCopy({ state: 'idle' })
  }
  const setFault = (endpoint: FaultEndpoint, value: string) => {
    const fail = { ...draft.fail }
    if (isFault(value)) fail[endpoint] = value
    else delete fail[endpoint]
    update({ fail })
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    applySettings(draft, env, locale)
  }
  const copyLink = async () => {
    const url = shareableUrl(draft, env, locale)
    try {
      await env.copyText(url)
      setCopy({ state: 'copied' })
    } catch {
      setCopy({ state: 'failed', url })
    }
  }

  const changed = !sameSettings(draft, settings) || locale !== currentLocale

  return (
    <div
      ref={dialogRef}
      id={id}
      role="dialog"
      aria-label="Designer panel"
      aria-describedby={`${ids}-intro`}
      className="fixed bottom-[calc(8rem+env(safe-area-inset-bottom))] left-3 z-40 flex max-h-[calc(100dvh-9rem)] w-[min(24rem,calc(100vw-1.5rem))] flex-col overflow-y-auto rounded-card border border-line bg-surface text-ink shadow-xl lg:bottom-16 lg:max-h-[calc(100dvh-5rem)]"
    >
      <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-3">
        <div>
          <h2 className="text-base font-bold">Designer</h2>
          <p id={`${ids}-intro`} className="text-xs text-ink-muted">
            Mock mode only. Apply reloads the page with these settings.
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close designer panel"
          className="inline-flex size-11 shrink-0 items-center justify-center rounded-full text-ink-muted hover:bg-surface-muted hover:text-ink"
        >
          <CloseIcon />
        </button>
      </div>

      <form onSubmit={onSubmit} className="flex flex-col gap-5 px-4 py-4 text-sm">
        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-scenario`} className="font-semibold">
            Scenario
          </label>
          <select
            ref={firstFieldRef}
            id={`${ids}-scenario`}
            aria-describedby={`${ids}-scenario-description`}
            value={draft.scenario}
            onChange={(event) => {
              const value = event.target.value
              if (isScenarioName(value)) update({ scenario: value })
            }}
            className={`${FIELD} w-full`}
          >
            {scenarioNames.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <p id={`${ids}-scenario-description`} className="text-xs text-ink-muted">
            {scenarioDescriptions[draft.scenario]}
          </p>
        </div>

        <div className="flex flex-col gap-1.5">
          <label htmlFor={`${ids}-locale`} className="font-semibold">
            Language
          </label>
          <select
            id={`${ids}-locale`}
            aria-describedby={`${ids}-locale-description`}
            value={locale}
            onChange={(event) => {
              setLocale(event.target.value)
              setCopy({ state: 'idle' })
            }}
            className={`${FIELD} w-full`}
          >
            {localeOptions.map((option) => (
              <option key={option} value={option}>
                {localeLabel(option)}
              </option>
            ))}
          </select>
          <p id={`${ids}-locale-description`} className="text-xs text-ink-muted">
            The portal and the mock API&apos;s words. The pseudo-locale accents and stretches every
            word by a third, so text that is clipped or not translated stands out.
          </p>
        </div>

        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1.5 font-semibold">Latency</legend>
          <div className="grid grid-cols-2 gap-2">
            {LATENCIES.map((latency) => (
              <Choice key={latency}>
                <input
                  type="radio"
                  name={`${ids}-latency`}
                  value={latency}
                  checked={draft.latency === latency}
                  onChange={(event) => {
                    if (isLatency(event.target.value)) update({ latency: event.target.value })
                  }}
                  className="size-4 accent-brand"
                />
                {LATENCY_LABELS[latency]}
              </Choice>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1.5 font-semibold">VIP checkout</legend>
          <p className="text-xs text-ink-muted">
            What the mock payment provider answers Join VIP: the return page says it, and only a
            success makes the member VIP.
          </p>
          <div className="grid grid-cols-3 gap-2">
            {CHECKOUT_OUTCOMES.map((outcome) => (
              <Choice key={outcome}>
                <input
                  type="radio"
                  name={`${ids}-checkout`}
                  value={outcome}
                  checked={(draft.checkout ?? 'success') === outcome}
                  onChange={(event) => {
                    if (isCheckoutOutcome(event.target.value)) {
                      update({ checkout: event.target.value })
                    }
                  }}
                  className="size-4 accent-brand"
                />
                {CHECKOUT_LABELS[outcome]}
              </Choice>
            ))}
          </div>
        </fieldset>

        <fieldset className="flex min-w-0 flex-col gap-2">
          <legend className="mb-1.5 font-semibold">Faults</legend>
          <p className="text-xs text-ink-muted">
            503 comes with Retry-After: 2. Malformed JSON has the right shape with a wrong type in a
            field the app reads. Timeout never answers. Redemptions can also be refused: the reward
            sells out, or its price goes up, just before the confirm arrives.
          </p>
          {faultEndpoints.map((endpoint) => {
            const { label, rules } = FAULT_ENDPOINTS[endpoint]
            const fieldId = `${ids}-fault-${endpoint}`
            return (
              <div key={endpoint} className="flex items-center justify-between gap-3">
                <label htmlFor={fieldId} className="min-w-0 flex-1">
                  <span className="block font-medium">{label}</span>
                  <span className="block truncate font-mono text-xs text-ink-muted">
                    {rules.map(({ endpoint }) => endpointName(endpoint)).join(', ')}
                  </span>
                </label>
                <select
                  id={fieldId}
                  value={draft.fail[endpoint] ?? ''}
                  onChange={(event) => setFault(endpoint, event.target.value)}
                  className={`${FIELD} w-40 shrink-0`}
                >
                  <option value="">None</option>
                  {faultsFor(endpoint).map((fault) => (
                    <option key={fault} value={fault}>
                      {FAULT_LABELS[fault]}
                    </option>
                  ))}
                </select>
              </div>
            )
          })}
        </fieldset>

        <div className="flex flex-col gap-2">
          {changed && (
            <p className="text-xs text-ink-muted">You have changes that are not applied yet.</p>
          )}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={PRIMARY}>
              Apply
            </button>
            <button type="button" onClick={() => void copyLink()} className={SECONDARY}>
              Copy link to this state
            </button>
          </div>
          <p role="status" className="text-xs text-ink-muted">
            {copy.state === 'copied' ? 'Link copied.' : ''}
            {copy.state === 'failed' ? 'Copying is blocked here; copy the link below.' : ''}
          </p>
          {copy.state === 'failed' && (
            <>
              <label htmlFor={`${ids}-link`} className="sr-only">
                Link to this state
              </label>
              <input
                id={`${ids}-link`}
                readOnly
                value={copy.url}
                onFocus={(event) => event.target.select()}
                className={`${FIELD} w-full font-mono text-xs`}
              />
            </>
          )}
        </div>

        <div className="flex flex-col gap-2 border-t border-line pt-4">
          <p className="text-xs text-ink-muted">
            Redemptions and other changes are kept in this browser, per scenario, across reloads.
          </p>
          <button
            type="button"
            onClick={() => resetMockState(env)}
            className={`${DANGER} self-start`}
          >
            Reset mock state
          </button>
        </div>
      </form>
    </div>
  )
}

function Choice({ children }: { children: ReactNode }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-checked:border-brand has-checked:bg-brand-soft">
      {children}
    </label>
  )
}

function ToolIcon() {
  return (
    <svg
      aria-hidden="true"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={TOOL_ICON_PATH} />
    </svg>
  )
}

function CloseIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
    >
      <path d="M6 6l12 12M18 6L6 18" />
    </svg>
  )
}
