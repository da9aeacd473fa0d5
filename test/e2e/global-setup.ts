// Builds the app (mock mode, as public/config.json ships) into dist/ and serves it with
// `vite preview` for the whole browser-test run. Tests read the address with inject('baseUrl').
import type { TestProject } from 'vitest/node'
import { buildApp, DIST, findChromium, previewApp } from './harness'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  // Fail before the build when there is no browser to drive.
  findChromium()
  const started = Date.now()
  await buildApp({ outDir: DIST })
  const server = await previewApp(DIST)
  console.log(`[e2e] built dist/ in ${String(Date.now() - started)} ms; serving ${server.url}`)
  project.provide('baseUrl', server.url)
  return async () => {
    await server.close()
  }
}
