import { describe, expect, it, vi } from 'vitest'
import { canShare, shareLink } from './share-link'

const data = { url: 'https://harborandpine.example/join?ref=MAYA-A26B', title: 'Join' }

describe('shareLink', () => {
  it('is unavailable where the browser has no Web Share API', async () => {
    expect(canShare(data, {})).toBe(false)
    expect(await shareLink(data, {})).toBe('unavailable')
  })

  it('asks canShare where the browser has it', async () => {
    const share = vi.fn(() => Promise.resolve())
    expect(canShare(data, { share, canShare: () => false })).toBe(false)
    expect(await shareLink(data, { share, canShare: () => false })).toBe('unavailable')
    expect(share).not.toHaveBeenCalled()
  })

  it('shares the link, and tells a closed share sheet from a refusal', async () => {
    const share = vi.fn(() => Promise.resolve())
    expect(await shareLink(data, { share })).toBe('shared')
    expect(share).toHaveBeenCalledWith(data)

    const closed = () => Promise.reject(new DOMException('Share canceled', 'AbortError'))
    expect(await shareLink(data, { share: closed })).toBe('dismissed')
    const refused = () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError'))
    expect(await shareLink(data, { share: refused })).toBe('unavailable')
  })
})
