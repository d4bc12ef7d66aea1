import { describe, expect, it } from 'vitest'
import { diffSpecs, formatReport } from '../../scripts/lib/spec-diff.js'
import { currentLoops, loopsHistory, loopsVariant, variants } from '../helpers/spec-variants.js'

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
