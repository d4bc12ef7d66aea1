/**
 * The numbers at the head of a version (`1.21.7`, `2020-08-27`; a pre-release tail such as `-beta.1` is not
 * part of them), or undefined when it starts with none.
 */
function versionNumbers(version: string | undefined): number[] | undefined {
  const core = version?.match(/\d+(?:[.-]\d+)*/)?.[0]
  return core === undefined ? undefined : core.split(/[.-]/).map(Number)
}

/** Negative when `to` is older than `from`, 0 when equal or not comparable, positive when newer. */
export function compareVersions(from: string | undefined, to: string | undefined): number {
  const a = versionNumbers(from)
  const b = versionNumbers(to)
  if (!a || !b) return 0
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/**
 * The report line for a spec whose `info.version` went down, or undefined. Not counted as breaking (the
 * operations say what breaks), but an older spec is usually a stale mirror or the wrong `--from` file.
 */
export function versionDownLine(from: string | undefined, to: string | undefined): string | undefined {
  if (compareVersions(from, to) >= 0) return undefined
  return `  !! version went DOWN: ${from} → ${to} — an older copy of the spec (stale mirror, wrong --from file)? check before applying`
}
