/**
 * Escapers for spec text that lands in generated TypeScript. A spec is untrusted input: a title, a server
 * URL, a path or an operationId must come out as inert text in whatever context the template puts it
 * (a comment, a string, a template literal, an object key or a member access), never as code.
 */

/** Line terminators for JavaScript: a raw one ends a `//` comment and (before ES2019) a string literal. */
const LINE_BREAKS = /[\n\r\u2028\u2029]/g

/** Control characters and the two Unicode line separators, as `\uXXXX`. */
const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
const CONTROL = /[\p{Cc}\u2028\u2029]/gu

/** A string literal whose value is exactly `value`: `'it\'s'`. Quotes, backslashes and every line break are escaped. */
export function tsString(value: string, quote: "'" | '"' = "'"): string {
  const body = value
    .replace(/\\/g, '\\\\')
    .replace(quote === "'" ? /'/g : /"/g, `\\${quote}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t')
    .replace(CONTROL, unicodeEscape)
  return `${quote}${body}${quote}`
}

/** The inside of a template literal (between backticks) that reads as `value`: no `${` or backtick gets out. */
export function tsTemplateText(value: string): string {
  return tsString(value, "'")
    .slice(1, -1)
    .replace(/`/g, '\\`')
    .replace(/\$(?=\{)/g, '\\$$')
}

/**
 * Text for one line of a `/** … *\/` or `//` comment: `*\/` cannot close the comment, and line breaks (which
 * would end a `//` comment or start a fake `@tag` line) become spaces. Not a string: nothing is unescaped later.
 */
export function tsComment(value: string): string {
  return value
    .replace(LINE_BREAKS, ' ')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\*\//g, '*\\/')
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Words that cannot be a binding name (`const x`, `function x`); they are fine as property names. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface let new null package private protected public return static super switch this ' +
    'throw true try typeof var void while with yield await arguments eval undefined'
  ).split(' '),
)

/** An ASCII identifier usable as a binding name (`export const <name>`). */
export const isBindingName = (name: string): boolean => IDENTIFIER.test(name) && !RESERVED_WORDS.has(name)

/**
 * An object-literal key that makes an own property named `key`. `__proto__` is the one name that must be
 * computed: written plainly or quoted it sets the object's prototype instead.
 */
export function tsPropertyKey(key: string): string {
  if (key === '__proto__') return `[${tsString(key)}]`
  return IDENTIFIER.test(key) ? key : tsString(key)
}

/** `.name` when the name is an identifier, else `['na-me']`. */
export function tsMemberAccess(name: string): string {
  return IDENTIFIER.test(name) ? `.${name}` : `[${tsString(name)}]`
}

/**
 * A JSON value as a TypeScript expression, byte for byte `JSON.stringify(value)` for ordinary data; U+2028/2029
 * are escaped and a `__proto__` key is computed (`{"__proto__": …}` in source would set the prototype).
 */
export function tsJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(tsJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${k === '__proto__' ? `[${tsString(k, '"')}]` : tsJson(k)}:${tsJson(v)}`)
    return `{${entries.join(',')}}`
  }
  return (JSON.stringify(value) ?? 'null').replace(/[\u2028\u2029]/g, unicodeEscape)
}
