// README.md and knowledge.md show code that is a file under examples/ (typechecked and run by npm test):
// a snippet that drifts from its file fails here.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { startLoopsStandIn } from '../src/testing/index.js'
import { repoRoot } from './helpers/temp-repo.js'

const SNIPPET = /<!-- example: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g
const snippets = (doc: string) =>
  [...readFileSync(join(repoRoot, doc), 'utf8').matchAll(SNIPPET)].map((m) => ({ path: m[1]!, code: m[2]! }))

/** What a new user looks for first: backend use, a route handler, a server action, a test with mockLoops. */
const REQUIRED = [
  'examples/backend/invite-user.ts',
  'examples/web/app/api/invitations/route.ts',
  'examples/web/app/invite/actions.ts',
  'examples/backend/invite-user.test.ts',
]

describe.each(['README.md', 'knowledge.md'])('%s', (doc) => {
  it('shows backend use, a Next.js route handler and server action, and a mockLoops test, each from its example file', () => {
    expect(snippets(doc).map((s) => s.path)).toEqual(expect.arrayContaining(REQUIRED))
  })

  it('every snippet is its example file, word for word', () => {
    for (const { path, code } of snippets(doc)) {
      expect(path.startsWith('examples/') && existsSync(join(repoRoot, path)), `${path} is an examples/ file`).toBe(true)
      expect(readFileSync(join(repoRoot, path), 'utf8'), `${doc} shows ${path} differently: copy the file into the snippet`).toContain(code)
    }
  })
})

it('every example a document shows is run by a test (its own, or the consumer proof in a real Next.js app)', () => {
  const consumerProof = readFileSync(join(repoRoot, 'test/consumers/consumers.subprocess.test.ts'), 'utf8')
  for (const path of REQUIRED) {
    const test = path.replace(/\.ts$/, '.test.ts')
    const covered = path.endsWith('.test.ts') || existsSync(join(repoRoot, test)) || consumerProof.includes(path)
    expect(covered, `${path} is run by a test`).toBe(true)
  }
})

describe('what the docs say about the examples and the testing kit is so', () => {
  const knowledge = readFileSync(join(repoRoot, 'knowledge.md'), 'utf8')
  // Keyed by the option names the function takes: a new option fails the typecheck until it is listed (and documented).
  const standInOptions: Record<keyof NonNullable<Parameters<typeof startLoopsStandIn>[0]>, string> = {
    apiKey: 'apiKey?',
    rateLimit: 'rateLimit?: { requestsPerSecond } | false',
    templateIds: 'templateIds?',
    templates: 'templates?: [{ id, name, dataVariables }]',
    teamName: 'teamName?',
    webhookSecret: 'webhookSecret?',
    port: 'port?',
  }

  it('knowledge.md documents every startLoopsStandIn option, rateLimit with its shape', () => {
    const documented = /`startLoopsStandIn\(\{ (.*?) \}\)`/.exec(knowledge)?.[1] ?? ''
    for (const option of Object.values(standInOptions)) expect(documented, `startLoopsStandIn({ ${documented} })`).toContain(option)
  })

  it('no example route uses the edge runtime Next 16 deprecates (the edge build is proven by examples/web/bundle.test.ts)', () => {
    const routes = ['examples/web/app/api/invitations/route.ts', 'examples/web/app/api/loops-webhooks/route.ts']
    for (const path of routes) expect(readFileSync(join(repoRoot, path), 'utf8'), path).not.toMatch(/runtime\s*=\s*['"]edge['"]/)
  })

  it("the mockLoops test's afterEach survives a test that failed before its mockLoops() ran", () => {
    const example = readFileSync(join(repoRoot, 'examples/backend/invite-user.test.ts'), 'utf8')
    const afterEach = /afterEach\(async \(\) => \{([\s\S]*?)\n\}\)/.exec(example)?.[1] ?? ''
    expect(afterEach).toContain('loops?.close()')
  })
})
