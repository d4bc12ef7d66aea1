#!/usr/bin/env node
// No line over 140 characters in src/ and scripts/ (the formatter cannot break strings and template
// literals, so Biome alone does not keep that promise). Lists every offending line; exit 1 if any.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const MAX = 140
const root = fileURLToPath(new URL('..', import.meta.url))
const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['src', 'scripts']
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* files(path)
    else if (SOURCE.test(entry.name)) yield path
  }
}

const long = []
for (const dir of dirs) {
  for (const file of files(resolve(root, dir))) {
    // Code points, not UTF-16 units: "—" and "→" count as one character, as an editor shows them.
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const length = [...line].length
        if (length > MAX) long.push(`${relative(root, file)}:${i + 1}: ${length} characters`)
      })
  }
}
if (long.length > 0) {
  console.error(`${long.join('\n')}\n${long.length} line(s) over ${MAX} characters in ${dirs.join(', ')}: break them up.`)
  process.exit(1)
}
