import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import yaml from 'js-yaml'
import ts from 'typescript'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateAll } from '../../scripts/lib/generate-all.js'
import { readSources } from '../../scripts/lib/spec-sources.js'
import { EXIT, updateSpecs } from '../../scripts/lib/update-specs.js'
import { currentLoopsText } from '../helpers/spec-variants.js'
import { tempRepo } from '../helpers/temp-repo.js'

let repo: Awaited<ReturnType<typeof tempRepo>>
beforeEach(async () => (repo = await tempRepo(['specs', 'generated', 'scripts', 'src', 'package.json'])))
afterEach(() => repo.cleanup())

const typecheck = async () => ({ ok: true, output: '' })
const get = (operationId: string) => ({ get: { operationId, responses: { '200': { description: 'ok' } } } })

/** The current Loops spec as YAML, with operations whose ids are not safe method names added. */
function loopsYamlWithUnsafeIds(): string {
  const doc = JSON.parse(currentLoopsText())
  Object.assign(doc.paths, { '/v1/2fa': get('2faStatus'), '/v1/use': get('use'), '/v1/then': get('then'), '/v1/proto': get('__proto__') })
  return yaml.dump(doc)
}

describe('update-specs with a hostile or unusual --from', () => {
  it('a YAML --from is stored as JSON; unsafe operationIds get op-prefixed methods and the report says so', async () => {
    await writeFile(join(repo.dir, 'new.yaml'), loopsYamlWithUnsafeIds())
    const lines: string[] = []
    const { code } = await updateSpecs(repo.dir, {
      vendors: ['loops'],
      from: join(repo.dir, 'new.yaml'),
      log: (l) => lines.push(l),
      typecheck,
    })
    expect(code).toBe(EXIT.ok)
    const stored = await readFile(join(repo.dir, 'specs/loops.openapi.json'), 'utf8')
    expect(JSON.parse(stored).paths['/v1/use'].get.operationId).toBe('use')
    const { createHash } = await import('node:crypto')
    expect((await readSources(repo.dir)).loops!.sha256).toBe(createHash('sha256').update(stored).digest('hex'))
    const report = lines.join('\n')
    expect(report).toContain('  note: GET /v1/use: operationId "use" is the client\'s own use(): its method is opUse()')
    expect(report).toContain('  note: GET /v1/2fa: operationId "2faStatus" starts with a digit: its method is op2faStatus()')
    const generated = await readFile(join(repo.dir, 'generated/loops.ts'), 'utf8')
    const { diagnostics } = ts.transpileModule(generated, { reportDiagnostics: true })
    expect(diagnostics).toEqual([])
    for (const name of ['op2faStatus', 'opUse', 'opThen', 'op__proto__']) expect(generated).toContain(`\n  ${name}: { method: "get"`)
  })

  it('the 700-byte alias bomb and a self-referencing anchor: exit 1, one line each, nothing written', async () => {
    const bomb = ["openapi: 3.0.3\ninfo: { title: t, version: '1' }", "x-a: &a [{ $ref: '#/x-z' }, { $ref: '#/x-z' }]"]
    for (const [i, name] of 'bcdefghi'.split('').entries())
      bomb.push(`x-${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)
    await writeFile(join(repo.dir, 'bomb.yaml'), `${bomb.join('\n')}\nx-i2: [*i,*i,*i,*i,*i,*i,*i,*i,*i]\nx-z: 1\npaths: {}\n`)
    await writeFile(join(repo.dir, 'self.yaml'), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\nx-a: &a { b: *a }\npaths: {}\n")
    const before = await readFile(join(repo.dir, 'specs/sources.json'), 'utf8')
    for (const [file, message] of [
      ['bomb.yaml', 'expands to more than 2,000,000 values (YAML aliases nested in aliases?); refused'],
      ['self.yaml', 'a YAML anchor contains itself (at /x-a/b): the document has no JSON form'],
    ] as const) {
      const run = await promisify(execFile)(process.execPath, ['scripts/run.mjs', 'update-specs', 'loops', '--from', file], {
        cwd: repo.dir,
      }).catch((e: { code: number; stdout: string; stderr: string }) => e)
      expect([(run as { code?: number }).code, run.stderr]).toEqual([1, `update-specs: ${file}: ${message}\nNothing was written.\n`])
    }
    expect(await readFile(join(repo.dir, 'specs/sources.json'), 'utf8')).toBe(before)
    expect(await readFile(join(repo.dir, 'specs/loops.openapi.json'), 'utf8')).toBe(currentLoopsText())
  }, 60_000)

  it('generate refuses a YAML file placed in specs/ by hand, in one line, writing nothing', async () => {
    const before = await readFile(join(repo.dir, 'generated/loops.ts'), 'utf8')
    await writeFile(join(repo.dir, 'specs/loops.openapi.json'), yaml.dump(JSON.parse(currentLoopsText())))
    await expect(generateAll(repo.dir, { only: ['loops'] })).rejects.toThrow(
      'specs/loops.openapi.json: not JSON (YAML copied in by hand?); specs/ holds JSON only: convert it, then run generate',
    )
    expect(await readFile(join(repo.dir, 'generated/loops.ts'), 'utf8')).toBe(before)
  })
})
