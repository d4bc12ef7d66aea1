import { SpecError } from './spec-document.js'

/**
 * A parsed YAML document shares the node of an anchor between all its aliases, so a 700-byte file of nine
 * nested alias levels is a tree of 9^9 values once written out (or walked), and an anchor inside itself is a
 * cycle. These bounds are far above any real spec (Stripe's 4.2 MB spec is 80k values, 23 levels deep).
 */
export const MAX_VALUES = 2_000_000
export const MAX_DEPTH = 300

/**
 * Checks that `root` is a finite tree of at most MAX_VALUES values once every alias is expanded, and at most
 * MAX_DEPTH levels deep, in time linear in its distinct nodes (each shared node is measured once). Throws a
 * one-line SpecError naming where it failed; returns the expanded count.
 */
export function checkTree(root: unknown, origin: string): number {
  const sizes = new Map<object, number>()
  const open = new Set<object>()
  const path: string[] = []
  const where = () => `/${path.join('/')}`
  const size = (node: unknown): number => {
    if (node === null || typeof node !== 'object') return 1
    const known = sizes.get(node)
    if (known !== undefined) return known
    if (open.has(node)) throw new SpecError(`${origin}: a YAML anchor contains itself (at ${where()}): the document has no JSON form`)
    if (path.length >= MAX_DEPTH) throw new SpecError(`${origin}: nests deeper than ${MAX_DEPTH} levels (at ${where().slice(0, 200)}…)`)
    open.add(node)
    let total = 1
    for (const [key, value] of Object.entries(node)) {
      path.push(key)
      total += size(value)
      path.pop()
      if (total > MAX_VALUES) {
        throw new SpecError(
          `${origin}: expands to more than ${MAX_VALUES.toLocaleString('en')} values (YAML aliases nested in aliases?); refused`,
        )
      }
    }
    open.delete(node)
    sizes.set(node, total)
    return total
  }
  return size(root)
}
