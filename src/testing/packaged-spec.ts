import { readFileSync } from 'node:fs'

const cache = new Map<string, Record<string, any>>()

/** A vendor spec shipped with the package (read from src/ or from dist/src/), parsed once. */
export function packagedSpec(name: string): Record<string, any> {
  const cached = cache.get(name)
  if (cached) return cached
  for (const up of ['../../', '../../../']) {
    try {
      const spec = JSON.parse(readFileSync(new URL(`${up}specs/${name}.openapi.json`, import.meta.url), 'utf8')) as Record<string, any>
      cache.set(name, spec)
      return spec
    } catch {}
  }
  throw new Error(`@codebuff/integrations/testing: specs/${name}.openapi.json is missing from the package`)
}
