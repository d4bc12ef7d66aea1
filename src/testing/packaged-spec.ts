import { readFileSync } from 'node:fs'

const cache = new Map<string, Record<string, any>>()

/**
 * A vendor spec shipped with the package (read from src/ or from dist/src/), parsed once. Only a missing file
 * moves on to the next place; a file that is there but unreadable or not JSON is an error naming it.
 */
export function packagedSpec(name: string): Record<string, any> {
  const cached = cache.get(name)
  if (cached) return cached
  for (const up of ['../../', '../../../']) {
    const url = new URL(`${up}specs/${name}.openapi.json`, import.meta.url)
    let text: string
    try {
      text = readFileSync(url, 'utf8')
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw new Error(`@codebuff/integrations/testing: cannot read ${url.pathname} (${(err as Error).message})`)
    }
    let spec: unknown
    try {
      spec = JSON.parse(text)
    } catch (err) {
      throw new Error(
        `@codebuff/integrations/testing: ${url.pathname} is not valid JSON (${(err as Error).message}); ` +
          'restore it with `git checkout` or store it again with `npm run update-specs`',
      )
    }
    if (!spec || typeof spec !== 'object' || Array.isArray(spec)) {
      throw new Error(`@codebuff/integrations/testing: ${url.pathname} is not a JSON object`)
    }
    cache.set(name, spec as Record<string, any>)
    return spec as Record<string, any>
  }
  throw new Error(`@codebuff/integrations/testing: specs/${name}.openapi.json is missing from the package`)
}
