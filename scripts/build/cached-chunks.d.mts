// Types for cached-chunks.mjs (plain JS: the build runs at install time, before any TypeScript loader).

/** The part of an esbuild metafile output that decides whether a chunk can be cached. */
export interface ChunkOutput {
  entryPoint?: string
  imports: { path: string; kind: string }[]
}

/** The loader inlined into each stub and each dist/<entry>.js that loads its chunk directly. */
export const LOADER: string

/** Why the chunk can not load from the code cache, or undefined when it can. */
export function refusal(output: ChunkOutput, code: string): string | undefined

/** Writes the chunk's script, cache, module and stub beside `file`; returns the chunk's export names. */
export function writeCachedChunk(file: string, code: string, header: string): string[]
