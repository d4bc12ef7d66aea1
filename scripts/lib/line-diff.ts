/** A short, readable summary of how two texts differ: counts and the first differing line. */
export function summarizeLineDiff(expected: string, actual: string): string {
  const a = expected.split('\n')
  const b = actual.split('\n')
  let first = 0
  while (first < a.length && first < b.length && a[first] === b[first]) first++
  const counts = new Map<string, number>()
  for (const line of a) counts.set(line, (counts.get(line) ?? 0) + 1)
  let extra = 0
  for (const line of b) {
    const n = counts.get(line) ?? 0
    if (n > 0) counts.set(line, n - 1)
    else extra++
  }
  const missing = [...counts.values()].reduce((s, n) => s + n, 0)
  const clip = (s: string | undefined) => (s === undefined ? '<end of file>' : JSON.stringify(s.length > 100 ? `${s.slice(0, 100)}…` : s))
  return (
    `${missing} line(s) missing, ${extra} unexpected; ` +
    `first difference at line ${first + 1}: expected ${clip(a[first])}, found ${clip(b[first])}`
  )
}
