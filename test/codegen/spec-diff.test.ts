import { describe, expect, it } from 'vitest'
import { listOperations } from '../../scripts/lib/operations.js'
import { diffSpecs, formatReport } from '../../scripts/lib/spec-diff.js'
import { currentLoops, loopsBeforeBasePathMove, loopsHistory, loopsVariant, variants } from '../helpers/spec-variants.js'

const current = currentLoops()
const breakingOf = (report: ReturnType<typeof diffSpecs>) =>
  report.changed.flatMap((c) => c.breaking.map((b) => `${c.operation.name}: ${b}`))

describe('spec change report', () => {
  it('1.19.0 → 1.20.0: eleven new operations, and the renamed upload path parameter is BREAKING, not a removal', () => {
    const report = diffSpecs(loopsHistory('1.19.0'), loopsHistory('1.20.0'))
    expect(report.added.map((op) => `${op.method} ${op.path}`)).toHaveLength(11)
    expect(report.added.map((op) => op.name)).toContain('createWorkflow')
    expect(report.removed).toEqual([])
    const upload = report.changed.find((c) => c.operation.path === '/v1/uploads/{emailAssetId}/complete')
    expect(upload?.breaking).toContain('path parameter renamed: {id} → {emailAssetId} (same URL, but typed callers pass params.path.id)')
    expect(breakingOf(report)).toContain('postV1EventsSend: [Added] required status to `email` in Request Body content (application/json)')
    expect(breakingOf(report)).toContain(
      'getV1ContactsSuppression: [Removed] property `limit` from `removalQuota` in Response 200 content (application/json)',
    )
  })

  it('1.21.2 → 1.21.6: operationIds appear, so every derived client method is reported renamed', () => {
    const report = diffSpecs(loopsHistory('1.21.2'), loopsHistory('1.21.6'))
    expect(report.added.map((op) => op.name)).toEqual(['rerouteNodeConnection'])
    expect(breakingOf(report)).toContain('sendTransactionalEmail: client method renamed: postV1Transactional() → sendTransactionalEmail()')
  })

  it('1.21.6 → 1.21.7 (current): no operation added or removed, nothing breaking', () => {
    const report = diffSpecs(loopsHistory('1.21.6'), current)
    expect([report.added, report.removed, report.breakingCount]).toEqual([[], [], 0])
  })

  it('an operation removed is BREAKING', () => {
    const report = diffSpecs(current, loopsVariant(variants.operationRemoved))
    expect(report.removed.map((op) => op.name)).toEqual(['listMailingLists'])
    expect(report.breakingCount).toBe(1)
    expect(formatReport('loops', report)).toContain('- BREAKING removed GET /v1/lists (listMailingLists)')
  })

  it('an operation added is listed and breaks nothing', () => {
    const report = diffSpecs(current, loopsVariant(variants.operationAdded))
    expect(report.added.map((op) => op.name)).toEqual(['exportContacts'])
    expect(report.breakingCount).toBe(0)
    expect(formatReport('loops', report)).toContain('+ added    POST /v1/contacts/export (exportContacts)')
  })

  it('a body field made required is BREAKING on the operation that takes the body', () => {
    const report = diffSpecs(current, loopsVariant(variants.bodyFieldRequired))
    expect(breakingOf(report)).toEqual([
      'sendTransactionalEmail: [Added] required status to `addToAudience` in Request Body content (application/json)',
    ])
  })

  it('a response field removed is BREAKING on every operation that returns it', () => {
    const report = diffSpecs(current, loopsVariant(variants.responseFieldRemoved))
    const names = report.changed.filter((c) => c.breaking.some((b) => b.includes('property `id`'))).map((c) => c.operation.name)
    expect(names).toContain('createContact')
  })

  it('an enum value removed and a type narrowed are BREAKING', () => {
    const enumRemoved = diffSpecs(current, loopsVariant(variants.requestEnumValueRemoved))
    expect(breakingOf(enumRemoved).some((b) => b.startsWith('createContactProperty:'))).toBe(true)
    const narrowed = diffSpecs(current, loopsVariant(variants.requestTypeNarrowed))
    expect(breakingOf(narrowed).some((b) => b.startsWith('updateCampaign:'))).toBe(true)
  })

  it('a response type narrowed is a change, not a break', () => {
    const report = diffSpecs(current, loopsVariant(variants.responseTypeNarrowed))
    expect(report.changed.map((c) => [c.operation.name, c.breaking.length, c.nonBreaking.length])).toEqual([['listMailingLists', 0, 1]])
  })
})

describe('server URL changes in the change report', () => {
  const firstLines = (report: ReturnType<typeof diffSpecs>) => formatReport('loops', report).split('\n').slice(0, 3).join('\n')

  it('a new host for the default server is BREAKING and reported before any operation', () => {
    const report = diffSpecs(
      current,
      loopsVariant((d) => void (d.servers[0].url = 'https://evil.example.net/api')),
    )
    expect(report.breakingCount).toBe(1)
    expect(firstLines(report)).toMatch(
      /\n {2}!! BREAKING server host changed: https:\/\/app\.loops\.so\/api → https:\/\/evil\.example\.net\/api — .*API key would go to evil\.example\.net/,
    )
  })

  it('a look-alike host (userinfo, suffix) and an added alternative server are BREAKING too', () => {
    for (const url of ['https://app.loops.so@evil.example.net/api', 'https://app.loops.so.evil.example.net/api']) {
      expect(
        diffSpecs(
          current,
          loopsVariant((d) => void (d.servers[0].url = url)),
        ).servers.lines,
      ).toEqual([expect.stringContaining(`server host changed: https://app.loops.so/api → ${url}`)])
    }
    const added = diffSpecs(
      current,
      loopsVariant((d) => void d.servers.push({ url: 'https://eu.evil.example.net/api' })),
    )
    expect([added.servers.lines, added.breakingCount]).toEqual([['server URL added: https://eu.evil.example.net/api'], 1])
  })

  it('1.9 → 1.19.0 shape (base path /api/v1 → /api, /v1 now in every path): same operations, one BREAKING line', () => {
    const before = loopsBeforeBasePathMove('1.19.0')
    const report = diffSpecs(before, loopsHistory('1.19.0'))
    expect([report.added, report.removed]).toEqual([[], []])
    const operationCount = listOperations(before.doc).length
    expect(report.servers.lines[0]).toBe(
      `server base path moved from /api/v1 to /api; same operations (${operationCount} paired by full URL) — ` +
        'a *_BASE_URL override or a .raw call with a path must move the prefix too',
    )
    expect(firstLines(report)).toContain('!! BREAKING server base path moved from /api/v1 to /api; same operations')
    // Names derived from the path change with it: typed callers see the renames, summed up in one line.
    const derivedNames = listOperations(before.doc).filter((op) => !op.operationId).length
    expect(report.servers.renamedByMove).toHaveLength(derivedNames)
    expect(report.servers.renamedByMove[0]).toBe('getApiKey() → getV1ApiKey()')
    expect(breakingOf(report).filter((b) => b.includes('client method renamed'))).toEqual([])
    expect(formatReport('loops', report)).toContain(
      `!! BREAKING ${derivedNames} client method(s) named from their path take the new prefix: getApiKey() → getV1ApiKey(), `,
    )
  })

  it('a moved base path still compares the paired operations: 1.9-shaped 1.19.0 → 1.20.0 finds the same schema changes', () => {
    const direct = diffSpecs(loopsHistory('1.19.0'), loopsHistory('1.20.0'))
    const moved = diffSpecs(loopsBeforeBasePathMove('1.19.0'), loopsHistory('1.20.0'))
    expect(moved.removed).toEqual([])
    expect(moved.added.map((op) => op.name)).toEqual(direct.added.map((op) => op.name))
    // Renames aside (derived names differ with the prefix), every schema change is still found.
    const schemaChanges = (report: ReturnType<typeof diffSpecs>) => breakingOf(report).filter((b) => !b.includes('client method renamed'))
    expect(schemaChanges(moved).sort()).toEqual(schemaChanges(direct).sort())
    expect(schemaChanges(direct).length).toBeGreaterThan(10)
  })

  it('the move the other way (/api → /api/v1) pairs too', () => {
    const report = diffSpecs(loopsHistory('1.19.0'), loopsBeforeBasePathMove('1.19.0'))
    expect([report.added, report.removed, report.servers.lines[0]]).toEqual([[], [], expect.stringMatching(/from \/api to \/api\/v1/)])
  })
})

describe('webhook events in the change report', () => {
  it('1.20.0 → 1.21.2 lists the 17 webhook events Loops added, by their wire name', () => {
    const report = diffSpecs(loopsHistory('1.20.0'), loopsHistory('1.21.2'))
    expect(report.webhooks.added).toHaveLength(17)
    expect(formatReport('loops', report)).toContain('  + webhook event added: email.softBounced')
    expect(report.webhooks.breakingCount).toBe(0)
  })

  it('an event removed and a payload field removed are BREAKING for handlers; a new field is not', () => {
    const report = diffSpecs(
      current,
      loopsVariant((d) => {
        delete d.webhooks.emailOpened
        delete d.components.schemas.WebhookEmail.properties.subject
        d.components.schemas.WebhookContactIdentity.properties.locale = { type: 'string' }
      }),
    )
    expect(report.webhooks.removed).toEqual(['email.opened'])
    const bounced = report.webhooks.changed.find((c) => c.event === 'email.softBounced')
    expect(bounced).toEqual({
      event: 'email.softBounced',
      breaking: ['field `email.subject` removed (handlers reading it get undefined)'],
      nonBreaking: ['field `contactIdentity.locale` added'],
    })
    expect(formatReport('loops', report)).toContain('  - BREAKING webhook event removed: email.opened')
    expect(report.breakingCount).toBe(report.webhooks.breakingCount)
    expect(report.breakingCount).toBeGreaterThan(1)
  })

  it('an unchanged spec reports no webhook change', () => {
    expect(diffSpecs(loopsHistory('1.21.6'), current).webhooks).toEqual({ added: [], removed: [], changed: [], breakingCount: 0 })
  })
})
