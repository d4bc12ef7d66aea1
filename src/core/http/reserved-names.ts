/**
 * Names an operation cannot take as a client method. Codegen (`scripts/lib/operations.ts`) renames such an
 * operation and `createServiceClient` refuses an operation map that still has one: it is one list so the two agree.
 */

/** The client's own members, shared (`raw`, `use`, `eject`) or added by a vendor client (Stripe's `paginate`). */
export const CLIENT_MEMBERS = ['raw', 'use', 'eject', 'paginate'] as const

/**
 * Names the language or the ecosystem reads on any object: `then` makes the client a thenable (`await client`
 * never settles), `toJSON` is called by every serializer, and `Object.prototype`'s members (`__proto__` would
 * replace the prototype, the operation silently gone; `constructor`, `toString`… are read by libraries).
 */
export const LANGUAGE_MEMBERS = [
  'then',
  'toJSON',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
] as const

/** Every name an operation's method may not have. */
export const RESERVED_METHOD_NAMES: ReadonlySet<string> = new Set<string>([...CLIENT_MEMBERS, ...LANGUAGE_MEMBERS])
