// README.md and knowledge.md show code that is a file under examples/ (typechecked and run by npm test):
// a snippet that drifts from its file fails here.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
