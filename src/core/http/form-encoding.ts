/**
 * `application/x-www-form-urlencoded` with bracket notation, as Stripe documents it:
 *   { metadata: { plan: 'pro' } }          → metadata[plan]=pro
 *   { items: [{ price: 'price_123' }] }    → items[0][price]=price_123
 *   { expand: ['customer'] }               → expand[]=customer
 * `null` and '' send an empty value (Stripe's way to unset a field); `undefined` is left out.
 * Brackets stay literal, everything else is percent-encoded (as Stripe's own libraries send it).
 */
export function encodeForm(value: unknown): string {
  const pairs: string[] = []
  const enc = (s: string) => encodeURIComponent(s).replace(/%5B/g, '[').replace(/%5D/g, ']')
  const walk = (key: string, v: unknown): void => {
    if (v === undefined) return
    if (v === null || v === '') return void pairs.push(`${enc(key)}=`)
    if (v instanceof Date) return void pairs.push(`${enc(key)}=${Math.floor(v.getTime() / 1000)}`)
    if (Array.isArray(v)) {
      const scalars = v.every((item) => item === null || typeof item !== 'object')
      for (const [i, item] of v.entries()) walk(scalars ? `${key}[]` : `${key}[${i}]`, item)
      return
    }
    if (typeof v === 'object') {
      for (const [k, inner] of Object.entries(v as Record<string, unknown>)) walk(key ? `${key}[${k}]` : k, inner)
      return
    }
    pairs.push(`${enc(key)}=${encodeURIComponent(String(v))}`)
  }
  walk('', value)
  return pairs.join('&')
}

/** Keys that would reach a prototype instead of the object when assigned: refused outright. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * The inverse, for stand-ins: `a[b][0][c]=1&e[]=x` → `{ a: { b: [{ c: '1' }] }, e: ['x'] }`. Values stay strings.
 * The keys come from the request: `metadata[__proto__][isAdmin]=true` throws instead of polluting
 * `Object.prototype` for the whole process.
 */
export function decodeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {}
  for (const pair of text.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const rawKey = decodeURIComponent((at < 0 ? pair : pair.slice(0, at)).replace(/\+/g, ' '))
    const value = at < 0 ? '' : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, ' '))
    const parts = rawKey.split('[').map((p, i) => (i === 0 ? p : p.replace(/\]$/, '')))
    const unsafe = parts.find((p) => PROTOTYPE_KEYS.has(p))
    if (unsafe !== undefined) throw new SyntaxError(`form key "${rawKey.slice(0, 100)}" uses "${unsafe}", which is never a field name`)
    let node: any = root
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!
      const last = i === parts.length - 1
      const nextIsIndex = !last && /^\d*$/.test(parts[i + 1]!)
      const key = part === '' && Array.isArray(node) ? node.length : part
      if (last) {
        if (Array.isArray(node) && part === '') node.push(value)
        else node[key] = value
      } else {
        node[key] ??= nextIsIndex ? [] : {}
        node = node[key]
      }
    }
  }
  return root
}
