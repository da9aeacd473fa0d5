// A small HTTP proxy in front of the standalone loyalty API for the browser tests: it passes
// everything through, except that it can let the API commit a redemption and then break the
// answer on its way to the browser, and cut off every request about redemptions for a while.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** How an answer the API gave breaks on its way back. */
export type Break = 'drop' | '502' | 'truncated' | 'bad-schema'
export const BREAKS: readonly Break[] = ['drop', '502', 'truncated', 'bad-schema']

export interface BreakingProxy {
  /** e.g. http://127.0.0.1:41236/api/v1 */
  url: string
  /**
   * The next POST /redemptions the API answers with a 2xx (it committed) reaches the browser
   * broken. With `thenCutOff`, every request about redemptions (a repeat, a wallet lookup) is
   * then dropped before the API sees it, until `restore()`.
   */
  breakNextRedemption(how: Break, options?: { thenCutOff?: boolean }): void
  /** Ends a cut-off (and disarms a break not yet used): requests reach the API again. */
  restore(): void
  /** Resolves once the armed break has happened. */
  broken(): Promise<void>
  close(): Promise<void>
}

const BAD_GATEWAY =
  '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>'

/** The gateway answers with the API's CORS headers, as one configured like it would. */
function corsHeaders(headers: http.IncomingHttpHeaders) {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase().startsWith('access-control-')),
  )
}

export async function startBreakingProxy(apiUrl: string): Promise<BreakingProxy> {
  const target = new URL(apiUrl)
  let armed: { how: Break; thenCutOff: boolean } | null = null
  let cutOff = false
  let onBroken: () => void = () => {}
  let brokenPromise = Promise.resolve()

  const server = http.createServer((req, res) => {
    const path = req.url ?? '/'
    const aboutRedemptions = /\/(me\/)?redemptions(\?|$)/.test(path) && req.method !== 'OPTIONS'
    if (cutOff && aboutRedemptions) {
      req.socket.destroy()
      return
    }
    const upstream = http.request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        const chunks: Buffer[] = []
        answer.on('data', (chunk: Buffer) => chunks.push(chunk))
        answer.on('end', () => {
          const body = Buffer.concat(chunks)
          const status = answer.statusCode ?? 502
          const committed =
            req.method === 'POST' && /\/redemptions$/.test(path) && status >= 200 && status < 300
          if (!armed || !committed) {
            res.writeHead(status, answer.headers)
            res.end(body)
            return
          }
          const { how, thenCutOff } = armed
          armed = null
          cutOff = thenCutOff
          onBroken()
          const headers = { ...answer.headers }
          delete headers['content-length']
          switch (how) {
            case 'drop':
              req.socket.destroy()
              return
            case '502':
              res.writeHead(502, { ...corsHeaders(answer.headers), 'content-type': 'text/html' })
              res.end(BAD_GATEWAY)
              return
            case 'truncated':
              res.writeHead(status, headers)
              res.end(body.subarray(0, Math.floor(body.length / 2)))
              return
            case 'bad-schema': {
              const json = JSON.parse(body.toString('utf8')) as { balance: { available: unknown } }
              json.balance.available = String(json.balance.available)
              res.writeHead(200, headers)
              res.end(JSON.stringify(json))
            }
          }
        })
      },
    )
    upstream.on('error', () => res.destroy())
    req.pipe(upstream)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${String(port)}${target.pathname}`,
    breakNextRedemption(how, options = {}) {
      armed = { how, thenCutOff: options.thenCutOff ?? false }
      brokenPromise = new Promise((resolve) => (onBroken = resolve))
    },
    restore() {
      armed = null
      cutOff = false
    },
    broken: () => brokenPromise,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
