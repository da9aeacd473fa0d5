import { parseArgs } from 'node:util'
import { isScenarioName, scenarioNames } from '../scenarios/scenarios'
import { parseOrigins } from './cors'
import {
  DEFAULT_ORIGINS,
  DEFAULT_PORT,
  EXPIRE_SESSIONS_PATH,
  type ApiServer,
  type ApiServerOptions,
} from './start-api-server'

export const USAGE = `Usage: npm run api -- [options]

The loyalty API (src/api/openapi.json) as a real HTTP server on 127.0.0.1, with the mock
engine's demo members. State is kept while the process runs.

Options:
  --port N                  port to listen on (default ${String(DEFAULT_PORT)}; 0 picks a free one)
  --scenario NAME           the demo member listed first, also the default (default: default)
                            one of: ${scenarioNames.join(', ')}
  --origin LIST             portal origins allowed to call with cookies (CORS), comma-separated
                            (default: ${DEFAULT_ORIGINS.join(',')})
  --session-ttl-seconds N   end sessions N seconds after sign-in (default: never)
  --processing-ms N         each new redemption, action or birthday takes N ms before it
                            commits; a repeat with its Idempotency-Key meanwhile answers 409
                            (default: 0)
  --admin                   test aid: serve POST ${EXPIRE_SESSIONS_PATH} (ends every session)
  --quiet                   do not log requests
  --help                    show this help`

export type CliResult =
  | { kind: 'run'; options: ApiServerOptions & { quiet: boolean } }
  | { kind: 'help' }
  | { kind: 'error'; message: string }

function wholeNumber(flag: string, value: string, max: number): number {
  const number = Number(value)
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number > max) {
    throw new Error(`${flag} must be a whole number from 0 to ${String(max)}, got “${value}”`)
  }
  return number
}

/** Reads the command line; never exits, so it can be tested. */
export function parseCli(argv: readonly string[]): CliResult {
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        scenario: { type: 'string' },
        origin: { type: 'string', multiple: true },
        'session-ttl-seconds': { type: 'string' },
        'processing-ms': { type: 'string' },
        admin: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    })
    if (values.help) return { kind: 'help' }
    const scenario = values.scenario ?? 'default'
    if (!isScenarioName(scenario)) {
      throw new Error(`--scenario: unknown “${scenario}”; one of ${scenarioNames.join(', ')}`)
    }
    const ttl = values['session-ttl-seconds']
    const sessionTtlSeconds =
      ttl === undefined ? null : wholeNumber('--session-ttl-seconds', ttl, 31_536_000)
    if (sessionTtlSeconds === 0) throw new Error('--session-ttl-seconds must be at least 1')
    const processing = values['processing-ms']
    return {
      kind: 'run',
      options: {
        port: values.port === undefined ? DEFAULT_PORT : wholeNumber('--port', values.port, 65_535),
        scenario,
        origins: values.origin ? parseOrigins(values.origin.join(',')) : [...DEFAULT_ORIGINS],
        admin: values.admin,
        sessionTtlSeconds,
        commandProcessingMs:
          processing === undefined ? 0 : wholeNumber('--processing-ms', processing, 60_000),
        quiet: values.quiet,
      },
    }
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}

/** What the server prints when it is ready: where it listens and whom you can sign in as. */
export function describeServer(
  server: ApiServer,
  options: { admin?: boolean; sessionTtlSeconds?: number | null },
): string {
  const rows = server.accounts.map((account, index) => [
    account.email,
    account.scenario === null ? '—' : `${account.scenario}${index === 0 ? ' (default)' : ''}`,
    account.password,
    account.note,
  ])
  const header = ['email', 'scenario', 'password', 'member']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd()
  return [
    `Loyalty API listening on ${server.url}`,
    `Portal origins allowed (CORS, with cookies): ${server.origins.join(', ')}`,
    options.sessionTtlSeconds == null
      ? 'Sessions last while the server runs.'
      : `Sessions end ${String(options.sessionTtlSeconds)} s after sign-in.`,
    ...(options.admin
      ? [`Test aid: POST ${server.origin}${EXPIRE_SESSIONS_PATH} ends every session.`]
      : []),
    '',
    'Demo accounts:',
    `  ${line(header)}`,
    ...rows.map((row) => `  ${line(row)}`),
    '',
    'Stop with Ctrl+C.',
  ].join('\n')
}
