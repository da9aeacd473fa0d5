// npm run api: the standalone loyalty API (see README, "Standalone loyalty API").
import { describeServer, parseCli, USAGE } from './cli-options'
import { startApiServer } from './start-api-server'

async function main() {
  const cli = parseCli(process.argv.slice(2))
  if (cli.kind === 'help') {
    console.log(USAGE)
    return
  }
  if (cli.kind === 'error') {
    console.error(`${cli.message}\n\n${USAGE}`)
    process.exitCode = 2
    return
  }
  const { quiet, ...options } = cli.options
  const server = await startApiServer({
    ...options,
    log: quiet ? undefined : (line) => console.log(`${new Date().toISOString()} ${line}`),
  }).catch((error: unknown) => {
    const code = error instanceof Error && 'code' in error ? error.code : undefined
    console.error(
      code === 'EADDRINUSE'
        ? `Port ${String(options.port)} is in use; pick another with --port.`
        : `The loyalty API could not start: ${error instanceof Error ? error.message : String(error)}`,
    )
    process.exitCode = 1
    return null
  })
  if (!server) return
  console.log(describeServer(server, options))

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.log(`\n${signal}: stopping the loyalty API.`)
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error)
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
