import type { OperationEntry } from '../operations.js'
import type { Callee } from './callee.js'
import { HELPERS, PAGINATE, WEBHOOK_RECEIVERS } from './helpers.js'
import { findPackageCalls, type PackageCall } from './package-calls.js'

/** What a use reaches: one operation of a vendor's spec, or the vendor's webhook events. */
export type UseTarget =
  | { kind: 'operation'; vendor: string; operation: Pick<OperationEntry, 'name' | 'method' | 'path'> }
  | { kind: 'webhooks'; vendor: string }

/** One call in a consumer that reaches a vendor operation (or its webhooks), and how. */
export interface OperationUse {
  target: UseTarget
  /** How the code reaches it: `sendInvitationEmail()`, `raw.GET('/v1/lists')`, `loops.findContact()`. */
  via: string
  file: string
  line: number
}

export interface UsageOptions {
  packageRoot: string
  /** Consumer directories (absolute). */
  dirs: string[]
  /** Paths in the result are relative to it (the monorepo root). */
  base: string
  /** Each vendor's operations as its current spec lists them (`listOperations`). */
  operations: Record<string, OperationEntry[]>
}

const shape = (path: string) =>
  path
    .split('/')
    .map((seg) => (seg.startsWith('{') ? '{}' : seg))
    .join('/')
const vendorOfGenerated = (module: string) => module.slice('generated/'.length, -'.ts'.length)

function targets(callee: Callee, firstArgument: string | undefined, ops: UsageOptions['operations']): UseTarget[] {
  const byName = (vendor: string, name: string) => ops[vendor]?.find((op) => op.name === name)
  const byPath = (vendor: string, method: string, path: string) =>
    ops[vendor]?.find((op) => op.method === method && shape(op.path) === shape(path))
  const operation = (vendor: string, op: OperationEntry | undefined): UseTarget[] =>
    op ? [{ kind: 'operation', vendor, operation: { name: op.name, method: op.method, path: op.path } }] : []

  if (callee.module.startsWith('generated/')) {
    const vendor = vendorOfGenerated(callee.module)
    if (callee.operation) return operation(vendor, byPath(vendor, callee.operation.method, callee.operation.path))
    if (!callee.name.startsWith('raw.')) return operation(vendor, byName(vendor, callee.name))
    return firstArgument === undefined ? [] : operation(vendor, byPath(vendor, callee.name.slice(4).toLowerCase(), firstArgument))
  }
  if (callee.module === PAGINATE.module && callee.name === PAGINATE.name && firstArgument !== undefined) {
    return operation(PAGINATE.vendor, byPath(PAGINATE.vendor, 'get', firstArgument))
  }
  const webhooks = WEBHOOK_RECEIVERS[callee.module]
  if (webhooks) return [{ kind: 'webhooks', vendor: webhooks }]
  const helper = HELPERS[callee.module]
  return helper ? helper.operations(callee.name).flatMap((name) => operation(helper.vendor, byName(helper.vendor, name))) : []
}

const describeCall = (call: PackageCall) =>
  call.firstArgument !== undefined && (call.callee.name.startsWith('raw.') || call.callee.name === PAGINATE.name)
    ? `${call.callee.name}('${call.firstArgument}')`
    : `${call.callee.name}()`

/**
 * Every use of a vendor operation in the consumers: typed methods, `.raw` paths, `paginate`, and the
 * package's helpers mapped to the operations they call (helpers.ts). A raw path the spec does not
 * have is no operation's use (the compiler already rejects it).
 */
export function findOperationUses(options: UsageOptions): OperationUse[] {
  return findPackageCalls(options).flatMap((call) =>
    targets(call.callee, call.firstArgument, options.operations).map((target) => ({
      target,
      via: describeCall(call),
      file: call.file,
      line: call.line,
    })),
  )
}
