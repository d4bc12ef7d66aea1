export const median = (xs: number[]) => quantile(xs, 0.5)
export function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const i = (s.length - 1) * q
  const lo = Math.floor(i)
  const hi = Math.ceil(i)
  return s[lo]! + (s[hi]! - s[lo]!) * (i - lo)
}
export const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits
