// npm run verify-api: checks a loyalty API against the contract (see README, "Checking a backend").
import { parseArgs } from 'node:util'
import { summary, verifyApi } from './verify-api/verify'

const USAGE = `Usage: npm run verify-api -- --base-url URL (--email EMAIL --password PASSWORD | --cookie COOKIE)
                          [--origin ORIGIN] [--dry-run]

Exercises the loyalty API at URL the way the member rewards portal does, signed in as a test
member, and checks every answer against src/api/openapi.json. Exits 1 when any check fails.

  --base-url URL        the API's base URL, e.g. https://loyalty.example.com/api/v1
  --email, --password   a test member to sign in as (POST /session)
  --cookie COOKIE       a session cookie (session=...) instead of signing in
  --origin ORIGIN       the portal's origin, to check CORS with credentials
  --dry-run             skip everything that spends points
  --help                show this help`

function options() {
  const { values } = parseArgs({
    strict: true,
    options: {
      'base-url': { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
      cookie: { type: 'string' },
      origin: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) return null
  const baseUrl = values['base-url']
  if (!baseUrl) throw new Error('--base-url is required')
  const { email, password, cookie } = values
  if (!cookie && !(email && password)) throw new Error('give --email and --password, or --cookie')
  return {
    baseUrl,
    credentials: email && password ? { email, password } : undefined,
    cookie,
    origin: values.origin,
    dryRun: values['dry-run'],
  }
}

try {
  const parsed = options()
  if (parsed === null) {
    console.log(USAGE)
  } else {
    const checks = await verifyApi({ ...parsed, print: (line) => console.log(line) })
    console.log(`\n${summary(checks)}`)
    if (checks.length === 0 || checks.some((check) => check.outcome === 'FAIL'))
      process.exitCode = 1
  }
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  process.exitCode = 2
}
