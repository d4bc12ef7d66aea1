/**
 * A process-wide default (the shared `loops` or `stripe` client), created on first use and never at
 * import: web builds import the package without secrets, and env is read only when a call needs it.
 */
export function lazyDefault<T extends object>(create: () => T): T {
  let instance: T | undefined
  const target = () => (instance ??= create())
  return new Proxy({} as T, {
    get: (_, prop) => Reflect.get(target(), prop),
    has: (_, prop) => Reflect.has(target(), prop),
  })
}
