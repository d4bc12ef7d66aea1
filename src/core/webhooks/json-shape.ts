/**
 * Checks a parsed JSON payload against a schema compiled at generate time (`scripts/lib/payload-shapes.ts`
 * writes the table into `generated/<vendor>.ts`). Data, not generated code: nothing from a spec can run,
 * nothing heavy loads on a route's cold start, and it works where `new Function` is refused (edge, Workers).
 */

/** One compiled schema node; children are indexes into the same table. */
export interface JsonShape {
  type?: readonly string[]
  enum?: readonly unknown[]
  required?: readonly string[]
  properties?: readonly (readonly [string, number])[]
  additional?: number | false
  items?: number
  allOf?: readonly number[]
  anyOf?: readonly number[]
  oneOf?: readonly number[]
}

/** Deeper than any payload a vendor sends; past it the payload is refused, never a stack overflow. */
const MAX_DEPTH = 64

const jsonType = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value)

/** JSON equality for `enum`/`const` values (parsed JSON: no cycles, no functions). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  return JSON.stringify(a) === JSON.stringify(b)
}

const describe = (value: unknown) => {
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}
/** `key` in front of a child's relative path: `a` + `b.c` → `a.b.c`, `[2]` + `` → `[2]`. */
const under = (key: string | number, rest: string) => {
  const step = typeof key === 'number' ? `[${key}]` : key
  return (rest === '' ? step : rest.startsWith('[') ? `${step}${rest}` : `${step}.${rest}`).slice(0, 200)
}
/** A problem: where (relative to the value checked, '' = the value itself) and what. Built only on failure. */
type Problem = readonly [path: string, what: string]

/**
 * The first way `value` breaks shape `index` of `shapes`, as `<path> missing` / `<path> not <types>` /
 * `<path> not one of …` (`payload` for the value itself); `undefined` when it fits.
 */
export function shapeProblem(shapes: readonly JsonShape[], index: number, value: unknown): string | undefined {
  const problem = problemAt(shapes, index, value, 0)
  return problem && `${problem[0] || 'payload'} ${problem[1]}`
}

function problemAt(shapes: readonly JsonShape[], index: number, value: unknown, depth: number): Problem | undefined {
  const shape = shapes[index]
  if (!shape) return undefined
  if (depth > MAX_DEPTH) return ['', 'nested too deep']
  if (shape.type && !shape.type.some((t) => t === jsonType(value) || (t === 'number' && typeof value === 'number')))
    return ['', `not ${shape.type.join(' or ')}`]
  if (shape.enum && !shape.enum.some((allowed) => sameJson(allowed, value)))
    return ['', `not ${shape.enum.length === 1 ? describe(shape.enum[0]) : `one of ${shape.enum.map(describe).join(', ')}`}`]
  for (const part of shape.allOf ?? []) {
    const problem = problemAt(shapes, part, value, depth + 1)
    if (problem) return problem
  }
  if (shape.anyOf && !shape.anyOf.some((part) => !problemAt(shapes, part, value, depth + 1)))
    return ['', 'matches none of its anyOf schemas']
  if (shape.oneOf && shape.oneOf.filter((part) => !problemAt(shapes, part, value, depth + 1)).length !== 1)
    return ['', 'does not match exactly one of its oneOf schemas']
  if (Array.isArray(value) && shape.items !== undefined) {
    for (let i = 0; i < value.length; i++) {
      const problem = problemAt(shapes, shape.items, value[i], depth + 1)
      if (problem) return [under(i, problem[0]), problem[1]]
    }
  }
  return isObject(value) ? objectProblem(shapes, shape, value, depth) : undefined
}

function objectProblem(shapes: readonly JsonShape[], shape: JsonShape, value: Record<string, unknown>, depth: number): Problem | undefined {
  for (const key of shape.required ?? []) if (!Object.hasOwn(value, key)) return [key, 'missing']
  for (const [key, child] of shape.properties ?? []) {
    if (!Object.hasOwn(value, key)) continue
    const problem = problemAt(shapes, child, value[key], depth + 1)
    if (problem) return [under(key, problem[0]), problem[1]]
  }
  if (shape.additional === undefined) return undefined
  const declared = new Set(shape.properties?.map(([key]) => key))
  for (const key of Object.keys(value)) {
    if (declared.has(key)) continue
    if (shape.additional === false) return [key, 'not allowed']
    const problem = problemAt(shapes, shape.additional, value[key], depth + 1)
    if (problem) return [under(key, problem[0]), problem[1]]
  }
  return undefined
}
