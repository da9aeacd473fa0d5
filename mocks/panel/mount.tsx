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
 * is added). `open`: opened already; `host`: the node to draw in instead (drawDesignerButton's,
 * whose button stays until the panel replaces it), with the page's padding before it.
 * Returns a function that removes it.
 */
export function mountDesignerPanel(
  settings: DesignerSettings,
  env: PanelEnvironment = browserEnvironment(),
  locales?: readonly string[],
  options: { open?: boolean; host?: { node: HTMLElement; padding: string } } = {},
): () => void {
  const host = options.host?.node ?? document.createElement('div')
  host.dataset.mockDesigner = ''
  if (!options.host) document.body.appendChild(host)
  // Room below the footer, so at the end of the page the button covers nothing. Padding at
  // the end of <body> moves nothing already drawn (a box after the app would: a layout shift).
  const padding = options.host?.padding ?? document.body.style.paddingBlockEnd
  document.body.style.paddingBlockEnd = '5rem'
  const root = createRoot(host)
  // A new root clears what its node held when it first draws: the button is replaced at once.
  root.render(
    <StrictMode>
      <DesignerPanel settings={settings} env={env} locales={locales} initiallyOpen={options.open} />
    </StrictMode>,
  )
  return () => {
    root.unmount()
    host.remove()
    document.body.style.paddingBlockEnd = padding
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
