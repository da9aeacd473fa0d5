import { Trans } from '@lingui/react/macro'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { activateLocale, offeredLocales } from '@/lib/i18n/activate'
import { useLingui } from '@/lib/i18n/react'

/** A language's own name for itself ("español", "العربية"), from the browser's Intl data. */
function autonym(locale: string) {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1)
  } catch {
    return locale
  }
}

/** The member's language, kept on the device; hidden when the program offers only one. */
export function LanguageSelect() {
  const { locale } = useLingui()
  const queryClient = useQueryClient()
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  const locales = offeredLocales()
  if (locales.length < 2 && locales[0] === locale) return null
  const options = locales.includes(locale) ? locales : [...locales, locale]
  return (
    <div className="inline-flex max-w-full flex-wrap items-center justify-center gap-2">
      <label className="inline-flex max-w-full flex-wrap items-center justify-center gap-2">
        <Trans>Language</Trans>
        <select
          value={locale}
          aria-busy={busy}
          onChange={(event) => {
            setBusy(true)
            setFailed(false)
            void activateLocale(event.target.value, { save: true })
              // Program wording, benefits and rewards come from the API in the member's language.
              .then(() => queryClient.invalidateQueries())
              .catch(() => setFailed(true))
              .finally(() => setBusy(false))
          }}
          className="min-h-9 max-w-full rounded-lg border border-line bg-surface px-2 text-ink"
        >
          {options.map((option) => (
            <option key={option} value={option} lang={option}>
              {autonym(option)}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className={failed ? 'text-danger' : 'sr-only'}>
        {failed && (
          <Trans>That language could not be loaded. Check your connection and try again.</Trans>
        )}
      </p>
    </div>
  )
}
