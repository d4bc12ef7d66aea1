export type { Callee } from './callee.js'
export { findOperationUses, type OperationUse, type UsageOptions, type UseTarget } from './operation-uses.js'
export { findPackageCalls, type FindCallsOptions, type PackageCall } from './package-calls.js'
