import { describe, expect, it } from 'vitest'
import { diffSpecs, formatReport } from '../../scripts/lib/spec-diff.js'
import { compareVersions } from '../../scripts/lib/spec-version.js'
import { loopsSlice } from '../helpers/spec-variants.js'

describe('a spec version going down is flagged in the update report', () => {
  it.each([
    ['1.21.7', '1.20.0', -1],
    ['1.21.7', '1.21.10', 1],
    ['1.9.0', '1.10.0', 1],
    ['2020-08-27', '2019-12-03', -1],
    ['2.0', '2.0.0', 0],
    ['1.2.0', '1.2.0-beta.1', 0],
    ['v3', 'v2', -1],
    ['latest', '1.0.0', 0],
    [undefined, '1.0.0', 0],
  ] as const)('%s → %s', (from, to, sign) => {
    expect(Math.sign(compareVersions(from, to))).toBe(sign)
  })

  it('the report says so right under its first line; an upgrade does not', () => {
    // A slice of the Loops spec: the version line is what is tested, not diffing every operation (seconds).
    const current = loopsSlice()
    const older = loopsSlice((d) => void (d.info.version = '1.20.0'))
    const down = formatReport('loops', diffSpecs(current, older)).split('\n')
    expect(down[1]).toBe(
      `  !! version went DOWN: ${current.doc.info.version} → 1.20.0 — an older copy of the spec (stale mirror, wrong --from file)? ` +
        'check before applying',
    )
    const newer = loopsSlice((d) => void (d.info.version = '9.0.0'))
    expect(formatReport('loops', diffSpecs(current, newer))).not.toContain('version went DOWN')
  })
})
