/** @codebuff/integrations — every third-party service behind one typed, fault-safe transport. */
export * from './core/index.js'
export * from './loops/index.js'
