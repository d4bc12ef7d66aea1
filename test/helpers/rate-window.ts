/** The most requests (any outcome) a stand-in received within any window of `windowMs`: the bound a rate limit promises. */
export function maxInAnyWindow(requests: readonly { at: number }[], windowMs = 1000): number {
  const at = requests.map((r) => r.at).sort((a, b) => a - b)
  let max = 0
  for (let i = 0, j = 0; j < at.length; j++) {
    while (at[j]! - at[i]! >= windowMs) i++
    max = Math.max(max, j - i + 1)
  }
  return max
}
