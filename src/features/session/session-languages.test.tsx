import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { server, TEST_API_BASE_URL } from '../../../mocks/node'
import { renderApp } from '../../../test/render-app'

afterEach(async () => {
  await act(() => activateLocale('en'))
})

const languages = {
  es: {
    title: 'Iniciar sesión',
    email: 'Correo electrónico',
    password: 'Contraseña',
    wrong: 'El correo electrónico o la contraseña no son correctos',
    check: 'Revisa ambos datos e inténtalo de nuevo.',
  },
  ar: {
    title: 'تسجيل الدخول',
    email: 'البريد الإلكتروني',
    password: 'كلمة المرور',
    wrong: 'البريد الإلكتروني أو كلمة المرور غير صحيحة',
    check: 'تحقّق من كليهما وحاول مرة أخرى.',
  },
} as const

describe.each(Object.keys(languages) as (keyof typeof languages)[])(
  'signing in, in %s',
  (locale) => {
    const words = languages[locale]

    it('labels the form and says plainly when the email or password is wrong', async () => {
      server.use(
        http.post(`${TEST_API_BASE_URL}/session`, () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Wrong', status: 401, code: 'invalid_credentials' },
            { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        ),
      )
      await act(() => activateLocale(locale))
      const { user } = renderApp('/sign-in')
      expect(
        await screen.findByRole('heading', { level: 1, name: words.title }),
      ).toBeInTheDocument()
      await user.type(screen.getByLabelText(words.email), 'maya.chen@example.com')
      await user.type(screen.getByLabelText(words.password), 'wrong')
      await user.click(screen.getByRole('button', { name: words.title }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent(words.wrong)
      expect(alert).toHaveTextContent(words.check)
    })
  },
)
