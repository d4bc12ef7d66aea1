import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { operations as loopsOperations } from '../../generated/loops.js'
import { operations as stripeOperations } from '../../generated/stripe.js'
import { listOperations } from '../../scripts/lib/operations.js'
import { findConsumers } from '../../scripts/lib/usage/consumers.js'
import { HELPERS, STRIPE_BILLING } from '../../scripts/lib/usage/helpers.js'
import { findOperationUses, findPackageCalls } from '../../scripts/lib/usage/index.js'
import { currentLoops, loopsVariant } from '../helpers/spec-variants.js'
import { repoRoot } from '../helpers/temp-repo.js'
import { usageMonorepo } from './monorepo.js'

let monorepo: Awaited<ReturnType<typeof usageMonorepo>>
beforeAll(async () => (monorepo = await usageMonorepo()))
afterAll(() => monorepo.cleanup())

const loops = () => ({ loops: listOperations(currentLoops().doc) })
const line = (u: { target: { kind: string; operation?: { name: string } }; via: string; file: string; line: number }) =>
  `${u.file}:${u.line} ${u.target.operation?.name ?? u.target.kind} via ${u.via}`

describe('the usage finder (TypeScript type checker, not text)', () => {
  it("finds the monorepo's consumers: the workspaces that depend on the package", () => {
    expect(findConsumers(monorepo.pkg)).toMatchObject({ known: true, base: monorepo.dir, labels: ['apps/api', 'apps/web'] })
  })

  it('maps each call to its operation and path:line: method, destructured parameter, alias, helper, raw path', () => {
    const { dirs, base } = findConsumers(monorepo.pkg)
    const uses = findOperationUses({ packageRoot: monorepo.pkg, dirs, base, operations: loops() })
    expect(uses.map(line)).toEqual([
      'apps/api/src/contacts.ts:7 findContact via findContact()',
      'apps/api/src/contacts.ts:12 updateContact via updateContact()',
      'apps/api/src/contacts.ts:16 sendEvent via sendEvent()',
      'apps/api/src/invite.ts:5 sendTransactionalEmail via sendInvitationEmail()',
      "apps/web/src/lists.ts:7 listMailingLists via raw.GET('/v1/lists')",
    ])
  })

  it('maps a typed method by the URL its map entry names, so a spec that renames the method still finds its callers', () => {
    const { dirs, base } = findConsumers(monorepo.pkg)
    const renamed = loopsVariant((d) => void (d.paths['/v1/contacts/find'].get.operationId = 'lookupContact'))
    const uses = findOperationUses({ packageRoot: monorepo.pkg, dirs, base, operations: { loops: listOperations(renamed.doc) } })
    expect(uses.map(line)).toContain('apps/api/src/contacts.ts:7 lookupContact via findContact()')
  })

  it('finds call sites of chosen package functions with their string-literal first argument (the API other tools reuse)', () => {
    const calls = findPackageCalls({
      packageRoot: repoRoot,
      base: repoRoot,
      dirs: [join(repoRoot, 'examples', 'backend')],
      match: ({ name }) => name === 'paginate' || name === 'raw.GET',
    })
    expect(calls.map((c) => [`${c.file}:${c.line}`, c.callee, c.firstArgument])).toEqual([
      ['examples/backend/loops-client.ts:14', { name: 'raw.GET', module: 'generated/loops.ts' }, '/v1/lists'],
      ['examples/backend/stripe.ts:6', { name: 'paginate', module: 'src/stripe/client.ts' }, '/v1/customers'],
    ])
  })

  it("reads this package's own examples as a consumer (sources through the `source` condition): paginate, helpers, raw", () => {
    const dirs = [join(repoRoot, 'examples')]
    const stripe = JSON.parse(readFileSync(join(repoRoot, 'specs', 'stripe.openapi.json'), 'utf8'))
    const operations = { ...loops(), stripe: listOperations(stripe) }
    const uses = findOperationUses({ packageRoot: repoRoot, dirs, base: repoRoot, operations })
    expect(uses.map(line)).toEqual(
      expect.arrayContaining([
        'examples/backend/invite-user.ts:9 sendTransactionalEmail via sendInvitationEmail()',
        'examples/backend/loops-client.ts:9 sendTransactionalEmail via sendTransactionalEmail()',
        "examples/backend/stripe.ts:6 getCustomers via paginate('/v1/customers')",
        'examples/web/app/api/loops-webhooks/route.ts:10 webhooks via createLoopsWebhookHandler()',
      ]),
    )
  })
})

describe('helpers → operations', () => {
  it('every operation a helper is said to call exists in its vendor’s generated map', () => {
    const maps: Record<string, object> = { loops: loopsOperations, stripe: stripeOperations }
    const named = [
      ...['sendInvitationEmail', 'sendWelcomeEmail', 'sendBasicEmail', 'sendSignupEvent'].flatMap((n) =>
        HELPERS['src/loops/emails.ts']!.operations(n).map((op) => ['loops', op] as const),
      ),
      ...Object.values(STRIPE_BILLING).flatMap((ops) => ops.map((op) => ['stripe', op] as const)),
    ]
    expect(named.length).toBeGreaterThan(8)
    for (const [vendor, op] of named) expect(Object.keys(maps[vendor]!), `${vendor}.${op}`).toContain(op)
  })
})
