import { describe, expect, it } from 'vitest'
import { groupChanges } from '../../scripts/lib/change-groups.js'
import { diffSpecs } from '../../scripts/lib/spec-diff.js'
import { formatMarkdown, suggestBump } from '../../scripts/lib/update-report.js'
import type { OperationUse } from '../../scripts/lib/usage/index.js'
import { loopsSlice, variants } from '../helpers/spec-variants.js'

type Doc = Record<string, any>
const use = (name: string, method: string, path: string, file = 'apps/api/src/a.ts', line = 3): OperationUse => ({
  target: { kind: 'operation', vendor: 'loops', operation: { name, method: method as never, path } },
  via: `${name}()`,
  file,
  line,
})
// A slice of the Loops spec: what is tested is the grouping of a diff, not diffing the whole spec (seconds).
const group = (change: (d: Doc) => void, uses: OperationUse[] | undefined) =>
  groupChanges('loops', diffSpecs(loopsSlice(), loopsSlice(change)), uses)

describe('grouping a change report by the code that calls it', () => {
  it('a server host change always counts, first in the report, even when nothing calls anything', () => {
    const g = group((d) => void (d.servers = [{ url: 'https://api.elsewhere.example/api' }]), [])
    expect(g.always).toEqual([expect.stringMatching(/^server host changed: https:\/\/app\.loops\.so\/api → https:\/\/api\.elsewhere/)])
    const md = formatMarkdown({ vendors: [g], consumers: ['apps/api'], bump: suggestBump([g]) })
    expect(md.indexOf('### Server changes (always count)')).toBeLessThan(md.indexOf('### Breaks code that calls it'))
    expect(suggestBump([g])).toBe('major')
  })

  it('a breaking change to a called operation lists every call site; the same change uncalled is not fatal', () => {
    const called = group(variants.operationRemoved, [use('listMailingLists', 'get', '/v1/lists', 'apps/web/src/lists.ts', 7)])
    expect(called.breaksCallers).toEqual([
      {
        subject: 'GET /v1/lists (listMailingLists)',
        changes: ['removed'],
        callSites: [{ file: 'apps/web/src/lists.ts', line: 7, via: 'listMailingLists()' }],
      },
    ])
    const uncalled = group(variants.operationRemoved, [use('findContact', 'get', '/v1/contacts/find')])
    expect([uncalled.breaksCallers, uncalled.breakingUnused.map((c) => c.subject)]).toEqual([[], ['GET /v1/lists (listMailingLists)']])
    expect(suggestBump([uncalled])).toBe('patch')
  })

  it('with no consumer code scanned, every breaking change counts as breaking callers (no false "unused")', () => {
    const g = group(variants.operationRemoved, undefined)
    expect([g.usageKnown, g.breaksCallers.length, g.breakingUnused.length]).toEqual([false, 1, 0])
    expect(formatMarkdown({ vendors: [g], consumers: [], bump: 'major' })).toContain('No consumer code was scanned')
  })

  it('a version that went down is said in the pull-request report and the JSON, not only on the console', () => {
    const g = group((d) => void (d.info.version = '1.20.0'), [])
    expect(g.versionWentDown).toBe(true)
    expect(formatMarkdown({ vendors: [g], consumers: [], bump: 'patch' })).toContain('**The version went DOWN (1.21.7 → 1.20.0)**')
    expect(group((d) => void (d.info.version = '1.22.0'), []).versionWentDown).toBe(false)
  })

  it('an added operation is additive: a minor bump', () => {
    const g = group(variants.operationAdded, [])
    expect(g.additive.map((c) => c.subject)).toEqual(['POST /v1/contacts/export (exportContacts)'])
    expect(suggestBump([g])).toBe('minor')
  })
})
