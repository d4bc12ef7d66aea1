/**
 * npm run new-integration -- <name> --spec <file|url> [--base-url <url>] [--auth bearer|basic|header:<name>] [--url <public spec url>]
 * The recipe of knowledge.md as one command: spec + record, codegen, src/<name>/{config,protocol,client,types,index}.ts
 * on the shared transport, a stand-in stub, barrel and package.json exports, a knowledge.md section and a starter test.
 * Refuses (writing nothing) on an invalid or existing name, or a spec that does not parse.
 */
import { fileURLToPath } from 'node:url'
import { failureLine, parseCommandLine } from './lib/cli.js'
import { scaffoldIntegration } from './lib/scaffold.js'
import { SpecError } from './lib/spec-document.js'

const usage = `usage: npm run new-integration -- <name> --spec <file|url> [--base-url <url>] [--auth bearer|basic|header:<name>]
                                   [--url <public spec url>]
  <name>        lower-case letters, digits and dashes (e.g. "open-ai")
  --spec        the vendor's OpenAPI 3.x spec (JSON or YAML), a file or an http(s) URL
  --base-url    default base URL (default: the spec's first server)
  --auth        how the API key is sent (default: bearer)
  --url         public URL update-specs downloads the spec from (default: --spec when it is a URL)`

const root = process.env.INTEGRATIONS_ROOT ?? fileURLToPath(new URL('..', import.meta.url))
const { values, positionals } = parseCommandLine({
  name: 'new-integration',
  usage,
  positionals: true,
  options: { spec: { type: 'string' }, 'base-url': { type: 'string' }, auth: { type: 'string' }, url: { type: 'string' } },
})
const [name, ...extra] = positionals
if (!name || !values.spec || extra.length > 0) {
  console.error(
    `new-integration: ${extra.length ? `one name only, got ${positionals.join(', ')}` : 'a name and --spec are required'}\n${usage}`,
  )
  process.exit(1)
}

try {
  const { spec, 'base-url': baseUrl, auth, url } = values
  const summary = await scaffoldIntegration(root, {
    name,
    spec,
    ...(baseUrl ? { baseUrl } : {}),
    ...(auth ? { auth } : {}),
    ...(url ? { url } : {}),
  })
  console.log(summary.join('\n'))
  console.log(
    `\nNext: fill in the TODOs of the knowledge.md section, refine src/${name}/protocol.ts (error body, request-id header, ` +
      'rate limit), then npm test.',
  )
} catch (err) {
  console.error(`${failureLine('new-integration', err, (e) => e instanceof SpecError)}\nNothing was written.`)
  process.exitCode = 1
}
