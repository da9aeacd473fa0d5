import {
  Fragment,
  createElement,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react'
import { formatParts, i18n, type MessageDescriptor, type Values } from './i18n'

const TAG = /<(\/?)(\d+)(\/?)>/g

/**
 * Places the components of a `<Trans>` message (`Read the <0>terms</0>`) and any element values
 * into the formatted text, so a translation may move them anywhere in its sentence.
 */
function placeComponents(parts: unknown[], components: Record<string, ReactElement>): ReactNode[] {
  type Frame = { name?: string; children: ReactNode[] }
  const stack: Frame[] = [{ children: [] }]
  const top = () => stack[stack.length - 1] as Frame
  const close = (name: string) => {
    const frame = stack.pop() as Frame
    const element = components[name]
    const children = frame.children
    top().children.push(
      element
        ? createElement(
            element.type,
            { ...(element.props as object), key: top().children.length },
            ...children,
          )
        : createElement(Fragment, { key: top().children.length }, ...children),
    )
  }
  for (const part of parts) {
    if (typeof part !== 'string') {
      top().children.push(
        createElement(Fragment, { key: top().children.length }, part as ReactNode),
      )
      continue
    }
    let last = 0
    for (const match of part.matchAll(TAG)) {
      if (match.index > last) top().children.push(part.slice(last, match.index))
      last = match.index + match[0].length
      const [, closing, name = '', selfClosing] = match
      if (selfClosing) {
        stack.push({ name, children: [] })
        close(name)
      } else if (closing) {
        if (stack.length > 1) close(name)
      } else stack.push({ name, children: [] })
    }
    if (last < part.length) top().children.push(part.slice(last))
  }
  while (stack.length > 1) close(top().name ?? '')
  return top().children
}

/** Renders again when the member switches language. */
export function useLingui() {
  const locale = useSyncExternalStore(i18n.subscribe, () => i18n.locale)
  return { i18n, _: i18n._, t: i18n._, locale }
}

type TransProps = MessageDescriptor & { components?: Record<string, ReactElement>; values?: Values }

/** What the `<Trans>` macro compiles to: a message with its values and components. */
export function Trans({ id, message, values = {}, components = {} }: TransProps) {
  const { locale } = useLingui()
  const parts = formatParts(i18n.message({ id, message }), values, locale)
  return createElement(Fragment, null, ...placeComponents(parts, components))
}
