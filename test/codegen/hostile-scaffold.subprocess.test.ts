import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { scaffoldIntegration } from '../../scripts/lib/scaffold.js'
import { tempRepo } from '../helpers/temp-repo.js'

/** Issue 18 item 1: a spec whose title and server URL try to break out of the generated code. */
const evilSpec = {
  openapi: '3.0.3',
  info: { title: "Evil */ globalThis.PWNED = 'x'; /*", version: '1.0.0', description: '*/ globalThis.PWNED = 1 /*' },
  servers: [{ url: 'https://api.evil.test/v1\n' }],
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        summary: "*/ globalThis.PWNED = 'summary'; /*",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': { description: 'ok */', content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
  },
}

/** Syntax errors TypeScript finds in one file. */
function syntaxErrors(source: string): string[] {
  const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } })
  return (diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

/** Type errors in `files` and what they import, under the repository's tsconfig. */
function typeErrors(dir: string, files: string[]): string[] {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(dir, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )
  const program = ts.createProgram(
    files.map((f) => join(dir, f)),
    config!.options,
  )
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
}

describe('new-integration with a hostile spec', () => {
  let repo: Awaited<ReturnType<typeof tempRepo>>
  let summary: string[]
  beforeAll(async () => {
    repo = await tempRepo(['specs', 'generated', 'src', 'package.json', 'tsconfig.json', 'knowledge.md', 'biome.json'])
    await writeFile(join(repo.dir, 'evil.json'), JSON.stringify(evilSpec))
    summary = await scaffoldIntegration(repo.dir, { name: 'evil', spec: join(repo.dir, 'evil.json') })
    // The title alone, with a server URL that compiles anyway: before the fix, importing this one ran the title.
    await writeFile(join(repo.dir, 'title.json'), JSON.stringify({ ...evilSpec, servers: [{ url: 'https://api.evil.test/v1' }] }))
    await scaffoldIntegration(repo.dir, { name: 'evil-title', spec: join(repo.dir, 'title.json') })
  }, 60_000)
  afterAll(() => repo.cleanup())
  const written = () => summary.map((line) => line.replace(/^(created|updated) /, '')).filter((f) => f.endsWith('.ts'))

  it('writes TypeScript that parses: the title stays in its comments, the URL in its string', async () => {
    expect(written()).toContain('src/evil/config.ts')
    for (const file of written()) expect([file, syntaxErrors(await readFile(join(repo.dir, file), 'utf8'))]).toEqual([file, []])
    expect(typeErrors(repo.dir, ['src/evil/index.ts', 'src/testing/evil-stand-in.ts'])).toEqual([])
  }, 60_000)

  it('importing the new entry and its stand-in runs nothing from the spec', async () => {
    delete (globalThis as { PWNED?: unknown }).PWNED
    const titleOnly = await import(join(repo.dir, 'src/evil-title/index.ts'))
    await import(join(repo.dir, 'src/testing/evil-title-stand-in.ts'))
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined()
    expect(typeof titleOnly.createEvilTitleClient).toBe('function')
    const entry = await import(join(repo.dir, 'src/evil/index.ts'))
    await import(join(repo.dir, 'src/testing/evil-stand-in.ts'))
    expect((globalThis as { PWNED?: unknown }).PWNED).toBeUndefined()
    // The server URL as fetch reads it: the trailing line break is not part of it.
    expect(entry.EVIL_DEFAULT_BASE_URL).toBe('https://api.evil.test/v1')
    expect(typeof entry.createEvilClient({ apiKey: 'k' }).getThing).toBe('function')
  }, 60_000)
})
