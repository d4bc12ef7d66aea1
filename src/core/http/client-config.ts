import { ConfigError } from '../errors.ts'
import type { Redactor } from '../observability/redact.ts'
import { VERSION } from '../runtime/version.ts'
import { baseUrlProblem } from './client-options.ts'
import { isHeaderValue } from './request-input.ts'
import type { OperationMap } from './operation-types.ts'
import type { ServiceDefinition } from './service-client.ts'

type ConfigSource = Pick<ServiceDefinition<OperationMap>, 'service' | 'displayName' | 'vendor' | 'env' | 'resolveConfig' | 'authorize'>

/** Explicit options + env, resolved once on the first request. */
export interface ResolvedConfig {
  apiKey?: string | undefined
  baseUrl: string
  dryRun: boolean
  /** Fixed extra headers (e.g. Stripe-Version). */
  headers?: Record<string, string>
}

export interface ClientConfig {
  /** The resolved config (env read once, on the first request). */
  resolved(): ResolvedConfig
  /** User-Agent, vendor headers and the credential, built once on the first request. */
  headers(): Record<string, string>
}

/** A client's config and fixed headers, resolved lazily (the key is read on the first request, never at import). */
export function clientConfig(definition: ConfigSource, redactor: Redactor): ClientConfig {
  const { service, displayName } = definition
  const configError = (message: string) => new ConfigError(message, { service, operation: 'config' })
  let resolved: ResolvedConfig | undefined
  let fixed: Record<string, string> | undefined

  function resolve(): ResolvedConfig {
    if (resolved) return resolved
    const next = definition.resolveConfig()
    const problem = baseUrlProblem(next.baseUrl)
    if (problem) throw configError(`${displayName} baseUrl ${problem}. Fix the option or env var.`)
    if (next.dryRun && definition.vendor.dryRunResult === undefined) {
      throw configError(
        `${displayName} has no dry run (its answers are typed objects a dry run cannot make up): use a test key or the stand-in.`,
      )
    }
    resolved = { ...next, baseUrl: next.baseUrl.replace(/\/+$/, '') }
    return resolved
  }

  function buildHeaders(): Record<string, string> {
    const { apiKey, dryRun, headers: vendorHeaders } = resolve()
    const headers: Record<string, string> = { 'user-agent': `@codebuff/integrations/${VERSION}` }
    for (const [name, value] of Object.entries(vendorHeaders ?? {})) headers[name.toLowerCase()] = value
    redactor.addSecret(apiKey)
    if (dryRun) return headers
    if (!apiKey) {
      throw configError(
        `No ${displayName} API key: set the ${definition.env.apiKey} environment variable (e.g. ` +
          `in .env or your host's secret settings), or pass { apiKey } when creating the client.`,
      )
    }
    // Checked here, never echoed: fetch would refuse it on every attempt and quote the key in its message.
    if (!isHeaderValue(apiKey) || apiKey.trim() !== apiKey) {
      throw configError(
        `The ${displayName} API key (${definition.env.apiKey} or the apiKey option) ` +
          `has a character that cannot go in an HTTP header (a line break, NUL, surrounding space or non-ASCII character — ` +
          `often from a copied .env value). Fix the key; nothing was sent.`,
      )
    }
    for (const [name, value] of Object.entries(headers)) {
      if (!isHeaderValue(value)) throw configError(`${displayName} header ${name} has characters that cannot go in an HTTP header.`)
    }
    return { ...headers, ...definition.authorize(apiKey) }
  }

  return { resolved: resolve, headers: () => (fixed ??= buildHeaders()) }
}
