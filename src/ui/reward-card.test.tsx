import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import { activateLocale } from '@/lib/i18n/activate'
import { aBalance, aMember, aProgram, aReward } from '../../test/fixtures'
import { RewardCard } from './reward-card'

afterEach(() => activateLocale('en'))

const stars = {
  es: { one: 'estrella', many: 'estrellas', other: 'estrellas' },
  ar: { zero: 'نجمة', one: 'نجمة', two: 'نجمتان', few: 'نجوم', many: 'نجمة', other: 'نجمة' },
}

function renderCard(points: (typeof stars)[keyof typeof stars], available: number) {
  const context = {
    program: aProgram({ points }),
    member: aMember(),
    balance: aBalance({ available }),
  }
  render(
    <MemoryRouter>
      <RewardCard reward={aReward({ cost: 250, stock: 3 })} context={context} />
    </MemoryRouter>,
  )
}

describe('a reward card in the member’s language', () => {
  it('Spanish: category, stock, cost and what is missing, with the program’s word', async () => {
    await activateLocale('es')
    renderCard(stars.es, 249)
    expect(screen.getByText('Producto gratis')).toBeInTheDocument()
    expect(screen.getByText('Solo quedan 3')).toBeInTheDocument()
    expect(screen.getByText('250 estrellas')).toBeInTheDocument()
    expect(screen.getByText('1 estrella más')).toBeInTheDocument()
    expect(screen.getByRole('progressbar', { name: 'Progreso hacia Free Coffee' })).toHaveAttribute(
      'aria-valuetext',
      '249 estrellas de 250 estrellas',
    )
  })

  it('Arabic: the form each number needs', async () => {
    await activateLocale('ar')
    renderCard(stars.ar, 240)
    expect(screen.getByText('بقيت 3 قطع فقط')).toBeInTheDocument()
    expect(screen.getByText('ينقصك 10 نجوم')).toBeInTheDocument()
    expect(screen.getByText('250 نجمة')).toBeInTheDocument()
  })
})
