import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { DesignerSettings } from '../designer-settings'
import type { PanelEnvironment } from './actions'
import { DesignerPanel } from './designer-panel'

/** The real page: its address, full page loads, its storage and the clipboard. */
export function browserEnvironment(): PanelEnvironment {
  return {
    href: () => window.location.href,
    locale: () => document.documentElement.lang || 'en',
    navigate: (url) => window.location.assign(url),
    session: safely(() => window.sessionStorage),
    local: safely(() => window.localStorage),
    copyText: (text) => navigator.clipboard.writeText(text),
  }
}

/**
 * Mounts the designer panel in a node of its own at the end of <body>, with its own React
 * root, apart from the app's. `locales`: what the language switch offers (the pseudo-locale
 * is added). Returns a function that removes it.
 */
export function mountDesignerPanel(
  settings: DesignerSettings,
  env: PanelEnvironment = browserEnvironment(),
  locales?: readonly string[],
): () => void {
  const host = document.createElement('div')
  host.dataset.mockDesigner = ''
  document.body.appendChild(host)
  const root = createRoot(host)
  root.render(
    <StrictMode>
      <DesignerPanel settings={settings} env={env} locales={locales} />
    </StrictMode>,
  )
  return () => {
    root.unmount()
    host.remove()
  }
}

/** Storage, or null where it is blocked (some privacy modes throw on access). */
function safely(get: () => Storage): Storage | null {
  try {
    return get()
  } catch {
    return null
  }
}
