import { hasFaults, type DesignerSettings } from '../designer-settings'
import type { mountDesignerPanel } from './mount'
import { DESIGNER_TOGGLE, TOOL_ICON_PATH } from './toggle-style'

/**
 * The designer panel's button, drawn without React: the panel's code (React components, the
 * scenario list) loads only when a designer opens it, then takes the button's place, open,
 * with focus in it. The button looks and reads as the panel's own. Returns a function that
 * removes it (before the panel replaces it).
 */
export function drawDesignerButton(
  settings: DesignerSettings,
  locales?: readonly string[],
  loadPanel: () => Promise<{ mountDesignerPanel: typeof mountDesignerPanel }> = () =>
    import('./mount'),
): () => void {
  const host = document.createElement('div')
  host.dataset.mockDesigner = ''
  const tools = document.createElement('aside')
  tools.setAttribute('aria-label', 'Designer tools')
  tools.lang = 'en'
  tools.dir = 'ltr'
  const button = document.createElement('button')
  button.type = 'button'
  button.className = DESIGNER_TOGGLE
  button.setAttribute('aria-expanded', 'false')
  button.innerHTML =
    '<svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" ' +
    `stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="${TOOL_ICON_PATH}"></path></svg>Designer` +
    (hasFaults(settings)
      ? ' <span aria-hidden="true" class="size-2 rounded-full bg-warning"></span><span class="sr-only">(faults on)</span>'
      : '')
  tools.append(button)
  host.append(tools)
  document.body.appendChild(host)
  // Room below the footer, so at the end of the page the button covers nothing (as the panel).
  const padding = document.body.style.paddingBlockEnd
  document.body.style.paddingBlockEnd = '5rem'
  const remove = () => {
    host.remove()
    document.body.style.paddingBlockEnd = padding
  }

  let loading: Promise<void> | null = null
  button.addEventListener('click', () => {
    loading ??= loadPanel().then(
      ({ mountDesignerPanel }) => {
        // The panel draws over this button in the same node (the page never lacks one), and
        // its first control takes the focus.
        mountDesignerPanel(settings, undefined, locales, {
          open: true,
          host: { node: host, padding },
        })
      },
      (error: unknown) => {
        loading = null
        console.warn(
          '[mock] The designer panel could not load; click Designer to try again.',
          error,
        )
      },
    )
  })
  return remove
}
