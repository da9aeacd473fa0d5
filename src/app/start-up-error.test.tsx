import { render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { ConfigErrorPage } from './start-up-error'

afterEach(() => activateLocale('en'))

describe('the page shown when the portal cannot start', () => {
  it('tells a member in their language, and whoever deploys in the config file’s English', async () => {
    await activateLocale('es')
    const detail = '/config.json has an invalid "apiBaseUrl": must be an absolute URL.'
    render(<ConfigErrorPage kind="invalid" detail={detail} />)
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'El portal de recompensas no puede iniciarse',
      }),
    ).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/Su configuración contiene un error/)
    expect(screen.getByText(detail)).toHaveAttribute('lang', 'en')
    expect(screen.getByRole('button', { name: 'Volver a cargar' })).toBeInTheDocument()
  })

  it('asks the member to check their connection when the settings did not arrive', async () => {
    await activateLocale('ar')
    render(<ConfigErrorPage kind="unreachable" detail="/config.json could not be loaded." />)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'تعذّر تحميل إعداداتها. تحقّق من اتصالك، ثم أعد تحميل الصفحة.',
    )
  })
})
