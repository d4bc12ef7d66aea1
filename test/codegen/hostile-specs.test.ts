import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateSource } from '../../scripts/lib/codegen.js'
import { parseSpec, type SpecDocument, SpecError } from '../../scripts/lib/spec-document.js'
import { MAX_VALUES } from '../../scripts/lib/spec-tree.js'
import { repoRoot } from '../helpers/temp-repo.js'

const header = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\n"
const ok = "{ '200': { description: ok } }"

/** What parseSpec answers: the SpecError's message, or `ok`. Never anything else (no RangeError, no URIError). */
function answer(text: string): string {
  try {
    parseSpec(text, 'spec.yaml')
    return 'ok'
  } catch (err) {
    expect(err).toBeInstanceOf(SpecError)
    expect((err as Error).message).not.toContain('\n')
    return (err as Error).message
  }
}

/** Nine levels of aliases, nine aliases each: 9^9 copies of one `$ref` once expanded, in under 700 bytes. */
const aliasBomb = (() => {
  const levels = 'abcdefghi'.split('')
  const lines = [`x-a: &a [${Array(9).fill("{ $ref: '#/x-z' }").join(',')}]`]
  for (const [i, name] of levels.slice(1).entries()) lines.push(`x-${name}: &${name} [${Array(9).fill(`*${levels[i]}`).join(',')}]`)
  return `${header}${lines.join('\n')}\nx-z: 1\npaths: {}\n`
})()

describe('a YAML spec is bounded work', () => {
  it('nine levels of aliases are refused in one line, without walking 9^9 nodes', () => {
    expect(aliasBomb.length).toBeLessThan(700)
    expect(answer(aliasBomb)).toBe(
      `spec.yaml: expands to more than ${MAX_VALUES.toLocaleString('en')} values (YAML aliases nested in aliases?); refused`,
    )
  })

  it('an anchor that contains itself is refused in one line, not a stack overflow', () => {
    expect(answer(`${header}x-a: &a { b: [1, *a] }\npaths: {}\n`)).toBe(
      'spec.yaml: a YAML anchor contains itself (at /x-a/b/1): the document has no JSON form',
    )
  })

  it('a document nested thousands of levels deep is refused in one line', () => {
    const deep = `{"openapi":"3.0.3","info":{"title":"t"},"paths":{},"x":${'['.repeat(50_000)}${']'.repeat(50_000)}}`
    expect(answer(deep)).toMatch(/^spec\.yaml: nests deeper than 300 levels \(at \/x\/0\/0\/0/)
  })

  it('aliases used the ordinary way still work, and their expansion is what is stored', () => {
    const spec = parseSpec(
      `${header}x-ok: &ok { description: ok }\npaths:\n` +
        "  /a: { get: { responses: { '200': *ok } } }\n  /b: { get: { responses: { '200': *ok } } }\n",
      'spec.yaml',
    )
    expect(JSON.parse(spec.text).paths['/b'].get.responses['200']).toEqual({ description: 'ok' })
  })
})

describe('a YAML spec is stored as JSON', () => {
  it('text (what update-specs and new-integration write) is JSON, sha256 is of that JSON, dates stay strings', () => {
    const spec = parseSpec(
      `openapi: 3.0.3\ninfo: { title: t, version: 2020-08-27 }\npaths:\n  /a: { get: { responses: ${ok} } }\n`,
      's.yaml',
    )
    expect(JSON.parse(spec.text)).toEqual(spec.doc)
    expect(spec.doc.info.version).toBe('2020-08-27')
    expect(spec.text.endsWith('}\n')).toBe(true)
    expect(parseSpec(spec.text, 's.json').sha256).toBe(spec.sha256)
  })

  it('JSON input is kept byte for byte', () => {
    const text = '{"openapi":"3.0.3",  "info":{"title":"t"},"paths":{}}'
    expect(parseSpec(text, 's.json').text).toBe(text)
  })
})

describe('$ref and operationId checks answer in one line', () => {
  const withRef = (ref: string) =>
    `${header}paths:\n  /a: { get: { responses: { '200': { description: ok, ` +
    `content: { application/json: { schema: { $ref: '${ref}' } } } } } } }\n` +
    'components: { schemas: { Thing: { type: object } } }\n'

  it('a malformed %-escape is a SpecError naming the $ref, not a URIError', () => {
    expect(answer(withRef('#/components/schemas/Thing%E0%A4%A'))).toMatch(
      /^spec\.yaml: 1 \$ref\(s\) have a malformed %-escape: #\/components\/schemas\/Thing%E0%A4%A \(at \/paths\/~1a\/get/,
    )
    expect(answer(withRef('#/components/schemas/Th%69ng'))).toBe('ok')
  })

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '#/components/schemas/%s points nowhere (own properties only)',
    (name) => {
      expect(answer(withRef(`#/components/schemas/${name}`))).toMatch(
        new RegExp(`^spec\\.yaml: 1 \\$ref\\(s\\) point nowhere: #/components/schemas/${name} `),
      )
    },
  )

  it('an array index must be an index: `length` points nowhere', () => {
    const spec = `${header}x-list: [{ type: object }]\npaths:\n  /a: { get: { responses: { '200': { $ref: '#/x-list/length' } } } }\n`
    expect(answer(spec)).toMatch(/^spec\.yaml: 1 \$ref\(s\) point nowhere: #\/x-list\/length/)
  })

  it('10,000 operations sharing one operationId: one line with the count and the first few', () => {
    const paths = Object.fromEntries(
      Array.from({ length: 10_000 }, (_, i) => [`/p${i}`, { get: { operationId: 'same', responses: { '200': { description: 'ok' } } } }]),
    )
    const text = JSON.stringify({ openapi: '3.0.3', info: { title: 't' }, paths })
    expect(answer(text)).toBe(
      'spec.yaml: 1 operationId(s) are used by more than one operation: "same" ×10000 (GET /p0, GET /p1, GET /p2, …)',
    )
  })

  it('openapi-typescript problems (when they get past the checks) are one SpecError with a count, not a line each', async () => {
    const spec = parseSpec(JSON.stringify({ openapi: '3.0.3', info: { title: 't' }, paths: {} }), 's.json')
    const paths = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`/p${i}`, { get: { operationId: 'same', responses: { '200': { description: 'ok' } } } }]),
    )
    const broken: SpecDocument = { ...spec, doc: { ...spec.doc, paths } }
    const printed: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => void printed.push(args)
    try {
      await expect(generateSource(broken, 'specs/x.openapi.json')).rejects.toThrow(
        /^specs\/x\.openapi\.json: openapi-typescript refused the spec \(49 problem\(s\)\): Every operation must have a unique/,
      )
    } finally {
      console.error = original
    }
    expect(printed).toEqual([])
  })
})

describe('the testing kit reads the packaged spec', () => {
  it('a spec that is there but not JSON is an error saying so, not "missing from the package"', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'packaged-spec-'))
    try {
      await mkdir(join(dir, 'src', 'testing'), { recursive: true })
      await mkdir(join(dir, 'specs'))
      await cp(join(repoRoot, 'src/testing/packaged-spec.ts'), join(dir, 'src/testing/packaged-spec.ts'))
      await writeFile(join(dir, 'specs/yaml.openapi.json'), 'openapi: 3.0.3\ninfo: { title: t }\n')
      const { packagedSpec } = await import(join(dir, 'src/testing/packaged-spec.ts'))
      expect(() => packagedSpec('yaml')).toThrow(/specs\/yaml\.openapi\.json is not valid JSON \(.+\); restore it/)
      expect(() => packagedSpec('absent')).toThrow('specs/absent.openapi.json is missing from the package')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
