/**
 * npm run new-integration -- <name> --spec <file|url> [--base-url <url>] [--auth bearer|basic|header:<name>] [--url <public spec url>]
 * The seven-step recipe of knowledge.md as one command: spec + record, codegen, src/<name>/{client,types,index}.ts
 * on the shared transport, barrel and package.json exports, a knowledge.md section and a starter test.
 * Refuses (writing nothing) on an invalid or existing name, or a spec that does not parse.
 */
import { fileURLToPath } from 'node:url'
import { scaffoldIntegration } from './lib/scaffold.js'
import { SpecError } from './lib/spec-document.js'

const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const args = process.argv.slice(2)
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const flagged = new Set(
  ['--spec', '--base-url', '--auth', '--url'].flatMap((f) => (args.includes(f) ? [args.indexOf(f), args.indexOf(f) + 1] : [])),
)
const name = args.find((a, i) => !a.startsWith('--') && !flagged.has(i))
const spec = flag('spec')

try {
  if (!name || !spec)
    throw new SpecError(
      'usage: npm run new-integration -- <name> --spec <file|url> [--base-url <url>] [--auth bearer|basic|header:<name>] [--url <public spec url>]',
    )
  const baseUrl = flag('base-url')
  const auth = flag('auth')
  const url = flag('url')
  const summary = await scaffoldIntegration(root, {
    name,
    spec,
    ...(baseUrl ? { baseUrl } : {}),
    ...(auth ? { auth } : {}),
    ...(url ? { url } : {}),
  })
  console.log(summary.join('\n'))
  console.log(
    `\nNext: fill in the TODOs of the knowledge.md section, refine src/${name}/client.ts (error body, request-id header, rate limit), then npm test.`,
  )
} catch (err) {
  if (!(err instanceof SpecError)) throw err
  console.error(`new-integration: ${err.message}\nNothing was written.`)
  process.exitCode = 1
}
