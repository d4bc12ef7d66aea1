import { runInNewContext } from 'node:vm'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { tsComment, tsMemberAccess, tsPropertyKey, tsString, tsTemplateText } from '../../scripts/lib/ts-literal.js'

const HOSTILE = [
  "Evil */ globalThis.PWNED = 'x'; /*",
  'line one\nline two\r\nthree',
  'para\u2028graph\u2029end',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input on purpose
  '`${globalThis.PWNED = 1}`',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: hostile input on purpose
  '${globalThis.PWNED = 2}',
  `it's "quoted"`,
  'back\\slash at the end\\',
  "\\'; globalThis.PWNED = 3; '",
  'nul\u0000 bell\u0007 del\u007f tab\t',
  '<!-- html comment --> */ // */',
  '',
]

/** Runs `source` as a script in a fresh context: what it evaluates to, and whether anything set `PWNED`. */
function run(source: string): { value: unknown; pwned: unknown } {
  const context: { PWNED?: unknown } = {}
  const value = runInNewContext(source, context)
  return { value, pwned: context.PWNED }
}

/** Syntax errors TypeScript finds in `source` (none for valid code). */
function syntaxErrors(source: string): string[] {
  const { diagnostics } = ts.transpileModule(source, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } })
  return (diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

describe('escaping spec text for generated TypeScript', () => {
  it.each(HOSTILE)('a string literal reads back exactly, in both quote styles: %j', (text) => {
    for (const quote of ["'", '"'] as const) {
      const literal = tsString(text, quote)
      expect(literal).not.toMatch(/[\n\r\u2028\u2029]/)
      expect(run(`(${literal})`)).toEqual({ value: text, pwned: undefined })
      expect(syntaxErrors(`export const x = ${literal}`)).toEqual([])
    }
  })

  it.each(HOSTILE)('a template literal reads back exactly and runs nothing: %j', (text) => {
    const source = `\`<${tsTemplateText(text)}>\``
    expect(run(source)).toEqual({ value: `<${text}>`, pwned: undefined })
  })

  it.each(HOSTILE)('a comment stays a comment (block and line): %j', (text) => {
    const source = `/** ${tsComment(text)} */ // ${tsComment(text)}\n'after'`
    expect(run(source)).toEqual({ value: 'after', pwned: undefined })
    expect(syntaxErrors(`/**\n * ${tsComment(text)}\n */\nexport const x = 1`)).toEqual([])
  })

  it('object keys make own properties, `__proto__` included; member access reads them', () => {
    const keys = ['plain', '2faStatus', 'a-b', '__proto__', 'constructor', "it's", 'x\u2028y', 'then']
    const literal = `({ ${keys.map((k, i) => `${tsPropertyKey(k)}: ${i}`).join(', ')} })`
    const { value } = run(literal)
    expect(Object.keys(value as object)).toEqual(keys)
    expect(Object.getPrototypeOf(value)).not.toBe(null)
    for (const [i, k] of keys.entries()) expect(run(`(${literal})${tsMemberAccess(k)}`).value).toBe(i)
    expect(tsPropertyKey('plain')).toBe('plain')
    expect(tsMemberAccess('plain')).toBe('.plain')
  })
})
