import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { CopyButton } from './copy-button'

afterEach(() => activateLocale('en'))

describe('CopyButton', () => {
  it.each([
    ['en', 'Copy', 'Copy code for Free Coffee'],
    ['es', 'Copiar', 'Copiar el código de Free Coffee'],
    ['ar', 'نسخ', 'نسخ رمز Free Coffee'],
  ] as const)(
    '%s: is named by the word it shows, then what the code is for',
    async (locale, shown, name) => {
      await activateLocale(locale)
      render(<CopyButton text="ABC123" codeFor="Free Coffee" />)
      const button = screen.getByRole('button', { name })
      expect(button).toHaveTextContent(name)
      // What is on screen: everything but the part only screen readers read.
      // eslint-disable-next-line testing-library/no-node-access -- the hidden part has no role
      const hidden = button.querySelector('.sr-only')?.textContent ?? ''
      expect(button.textContent?.replace(hidden, '').trim()).toBe(shown)
    },
  )
})
