import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'

/** Writes through a temp file and a rename, so a reader never sees a half-written file. */
export async function writeFileAtomic(path: string, text: string | Buffer): Promise<void> {
  const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`
  try {
    await writeFile(tmp, text)
    await rename(tmp, path)
  } catch (err) {
    await rm(tmp, { force: true })
    throw err
  }
}

/** The bytes of some files (or their absence) at one moment, to put back if a multi-file change fails. */
export interface FileSnapshot {
  /** Puts every file back as it was: rewrites changed ones, deletes ones that did not exist. */
  restore(): Promise<void>
}

/** Reads every file now; only a missing one counts as absent (anything else unreadable fails here, before any write). */
export async function snapshotFiles(paths: string[]): Promise<FileSnapshot> {
  const read = (path: string) =>
    readFile(path).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined
      throw err
    })
  const saved = await Promise.all([...new Set(paths)].map(async (path) => ({ path, bytes: await read(path) })))
  return {
    async restore() {
      // Every file is attempted even when one fails, so one stuck file does not leave the others changed.
      const failures: string[] = []
      for (const { path, bytes } of saved) {
        try {
          if (bytes === undefined) await rm(path, { force: true, recursive: true })
          else await writeFileAtomic(path, bytes)
        } catch (err) {
          failures.push(`${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`)
        }
      }
      if (failures.length) throw new Error(`could not restore ${failures.join(', ')}`)
    },
  }
}
