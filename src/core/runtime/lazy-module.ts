/**
 * A module loaded on first use (`lazyModule(() => import('./x.ts'))`): features a cold start does not need
 * (webhooks, templates, telemetry, middleware) stay out of the import, and the first call that needs one waits
 * for it, once. Bundlers split each into its own chunk; the Node build loads it beside the cached chunk
 * (scripts/build/cached-chunks.mjs), checked by its own build guard.
 */
export interface LazyModule<T> {
  /** The module, loading it the first time; a failed load (a broken install) is tried again by the next call. */
  load(): Promise<T>
  /** The module once loaded, else undefined: a hot path takes it without a promise. */
  readonly loaded: T | undefined
}

export function lazyModule<T>(importModule: () => Promise<T>): LazyModule<T> {
  let pending: Promise<T> | undefined
  const lazy = {
    loaded: undefined as T | undefined,
    load(): Promise<T> {
      pending ??= importModule().then(
        (module) => (lazy.loaded = module),
        (error: unknown) => {
          pending = undefined
          throw error
        },
      )
      return pending
    },
  }
  return lazy
}
