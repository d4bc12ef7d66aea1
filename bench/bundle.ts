import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

export interface BundleFigures {
  entry: string
  minKB: number
  gzKB: number
}

/** min and min+gz of an edge bundle (Next's edge conditions), as Next would ship the route. */
export async function measureBundle(entries: Record<string, string>): Promise<Record<string, BundleFigures>> {
  const out: Record<string, BundleFigures> = {}
  for (const [name, entry] of Object.entries(entries)) {
    const result = await build({
      entryPoints: [new URL(entry, import.meta.url).pathname],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions: ['edge-light', 'worker', 'source'],
      logLevel: 'silent',
    })
    const code = result.outputFiles[0]!.contents
    out[name] = { entry, minKB: code.length / 1024, gzKB: gzipSync(code).length / 1024 }
  }
  return out
}
