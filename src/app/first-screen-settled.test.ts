import { QueryClient } from '@tanstack/react-query'
import { describe, expect, test } from 'vitest'
import { firstAnswersIn, firstScreenSettled } from './first-screen-settled'

function deferred() {
  let resolve: (value: string) => void = () => undefined
  const promise = new Promise<string>((done) => {
    resolve = done
  })
  return { promise, resolve }
}

/** Whether `promise` has settled once pending timers and callbacks have had their turn. */
async function isDone(promise: Promise<void>) {
  let done = false
  void promise.then(() => {
    done = true
  })
  await new Promise((resolve) => setTimeout(resolve, 20))
  return done
}

describe('firstScreenSettled', () => {
  test('with nothing being fetched, it is settled at once', async () => {
    expect(await isDone(firstScreenSettled(new QueryClient()))).toBe(true)
  })

  test('waits for every answer of the first screen', async () => {
    const queryClient = new QueryClient()
    const balance = deferred()
    const tier = deferred()
    void queryClient.prefetchQuery({ queryKey: ['balance'], queryFn: () => balance.promise })
    void queryClient.prefetchQuery({ queryKey: ['tier'], queryFn: () => tier.promise })
    const settled = firstScreenSettled(queryClient)
    expect(await isDone(settled)).toBe(false)
    balance.resolve('1,051')
    expect(await isDone(settled)).toBe(false)
    tier.resolve('Gold')
    expect(await isDone(settled)).toBe(true)
  })

  test('an answer that never comes does not hold it back past the longest wait', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery({ queryKey: ['hung'], queryFn: () => deferred().promise })
    const settled = firstScreenSettled(queryClient, { maxWaitMs: 50 })
    expect(await isDone(settled)).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(await isDone(settled)).toBe(true)
  })
})

describe('firstAnswersIn', () => {
  test('an answer kept from an earlier visit counts: its refresh is not waited for', async () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(['balance'], '1,051')
    const refresh = deferred()
    void queryClient.fetchQuery({ queryKey: ['balance'], queryFn: () => refresh.promise })
    expect(queryClient.isFetching()).toBe(1)
    expect(await isDone(firstAnswersIn(queryClient, 10_000))).toBe(true)
  })

  test('an answer marked as not on the first screen is not waited for', async () => {
    const queryClient = new QueryClient()
    void queryClient.prefetchQuery({
      queryKey: ['survey'],
      queryFn: () => deferred().promise,
      meta: { firstScreen: false },
    })
    expect(queryClient.isFetching()).toBe(1)
    expect(await isDone(firstAnswersIn(queryClient, 10_000))).toBe(true)
  })

  test('a first answer still on its way is waited for, up to the longest wait', async () => {
    const queryClient = new QueryClient()
    const tier = deferred()
    void queryClient.prefetchQuery({ queryKey: ['tier'], queryFn: () => tier.promise })
    const drawn = firstAnswersIn(queryClient, 10_000)
    expect(await isDone(drawn)).toBe(false)
    tier.resolve('Gold')
    expect(await isDone(drawn)).toBe(true)
  })
})
