/**
 * An object built on first use: every read, `in`, key listing or prototype check goes to the value
 * `build()` returns, built once. For exported values that are costly to build at import (a zod schema
 * loads zod) but must keep their synchronous API.
 */
export function lazyValue<T extends object>(build: () => T): T {
  let value: T | undefined
  const target = () => (value ??= build())
  return new Proxy({} as T, {
    get: (_, prop) => Reflect.get(target(), prop),
    set: (_, prop, v) => Reflect.set(target(), prop, v),
    defineProperty: (_, prop, descriptor) => Reflect.defineProperty(target(), prop, descriptor),
    has: (_, prop) => Reflect.has(target(), prop),
    ownKeys: () => Reflect.ownKeys(target()),
    getOwnPropertyDescriptor: (_, prop) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(target(), prop)
      return descriptor && { ...descriptor, configurable: true }
    },
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
  })
}
