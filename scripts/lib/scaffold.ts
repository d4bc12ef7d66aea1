import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { generateSource } from './codegen.js'
import { snapshotFiles, writeFileAtomic } from './files.js'
import {
  clientFile,
  configFile,
  type IntegrationNames,
  indexFile,
  knowledgeSection,
  protocolFile,
  standInFile,
  starterTestFile,
  typesFile,
} from './scaffold-templates.js'
import { listOperations } from './operations.js'
import { loadSpec, SpecError } from './spec-document.js'
import { readSources } from './spec-sources.js'

export interface ScaffoldOptions {
  name: string
  /** File path or URL of the vendor's spec. */
  spec: string
  /** Default base URL; else the spec's first server. */
  baseUrl?: string
  /** `bearer` (default), `basic` (key as the user name) or `header:<name>`. */
  auth?: string
  /** Public URL the vendor publishes the spec at, for update-specs. @default --spec when it is a URL */
  url?: string
  today?: string
}

const pascal = (name: string) =>
  name
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('')
const camel = (name: string) => pascal(name)[0]!.toLowerCase() + pascal(name).slice(1)

const RESERVED_WORDS = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for function if ' +
    'implements import in instanceof interface let new null package private protected public return static super switch this ' +
    'throw true try typeof var void while with yield await arguments eval undefined'
  ).split(' '),
)

/** The `authorize` body for the client, and the header it sets. */
function authExpression(auth: string): { kind: string; code: string; header: string } {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: this is source text for the generated client
  if (auth === 'bearer') return { kind: auth, code: '({ authorization: `Bearer ${apiKey}` })', header: 'authorization' }
  // biome-ignore lint/suspicious/noTemplateCurlyInString: this is source text for the generated client
  if (auth === 'basic') return { kind: auth, code: '({ authorization: `Basic ${btoa(`${apiKey}:`)}` })', header: 'authorization' }
  const header = /^header:([A-Za-z0-9-]+)$/.exec(auth)?.[1]?.toLowerCase()
  if (header) return { kind: 'header', code: `({ '${header}': apiKey })`, header }
  throw new SpecError(`--auth must be bearer, basic or header:<Header-Name>, got "${auth}"`)
}

/**
 * Everything `npm run new-integration` writes, computed before anything is written: a refusal
 * (bad name, existing name, spec that does not parse, no base URL) leaves the repository untouched.
 */
export async function planIntegration(
  root: string,
  options: ScaffoldOptions,
): Promise<{ files: Record<string, string>; summary: string[] }> {
  const { name } = options
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
    throw new SpecError(
      `"${name}" is not a valid integration name: use lower-case letters, digits and dashes, starting with a letter ` +
        '(e.g. "stripe", "open-ai")',
    )
  // The name becomes identifiers (`export const <name>`, `create<Name>Client`): a reserved word would not compile.
  if (RESERVED_WORDS.has(camel(name)))
    throw new SpecError(`"${name}" is a reserved word in JavaScript and cannot name the client: pick another (e.g. "${name}-api")`)
  const sources = await readSources(root)
  const taken = [`src/${name}`, `generated/${name}.ts`, `test/${name}`, `src/testing/${name}-stand-in.ts`].filter((p) =>
    existsSync(join(root, p)),
  )
  if (sources[name] || taken.length > 0) {
    throw new SpecError(
      `an integration named "${name}" already exists (${sources[name] ? 'specs/sources.json' : taken.join(', ')}); ` +
        'pick another name or remove it first',
    )
  }
  const spec = await loadSpec(options.spec)
  const operations = listOperations(spec.doc)
  if (operations.length === 0) throw new SpecError(`${options.spec}: the spec has no operations`)
  const baseUrl = (options.baseUrl ?? spec.doc.servers?.[0]?.url)?.replace(/\/+$/, '')
  if (!baseUrl || !/^https?:\/\//.test(baseUrl))
    throw new SpecError(`${options.spec} declares no absolute server URL: pass --base-url https://…`)
  const auth = authExpression(options.auth ?? 'bearer')

  const specFile = `${name}.openapi.json`
  const n: IntegrationNames = {
    name,
    Name: pascal(name),
    camel: camel(name),
    ENV: name.toUpperCase().replace(/-/g, '_'),
    display: spec.doc.info?.title?.replace(/\s*(OpenAPI|API)\b.*$/i, '').trim() || pascal(name),
    baseUrl,
    basePath: new URL(baseUrl).pathname.replace(/\/+$/, ''),
    specFile,
    auth,
    operations,
    sample: operations.find((op) => op.method === 'get' && op.pathParams.length === 0) ?? operations[0]!,
  }
  const isUrl = /^https?:\/\//.test(options.spec)
  const record = {
    vendor: n.display,
    file: specFile,
    url: options.url ?? (isUrl ? options.spec : ''),
    ...(spec.doc.info?.version ? { version: spec.doc.info.version } : {}),
    sha256: spec.sha256,
    fetchedAt: options.today ?? new Date().toISOString().slice(0, 10),
  }

  const files: Record<string, string> = {}
  files[`specs/${specFile}`] = spec.text
  const withRecord = Object.fromEntries(Object.entries({ ...sources, [name]: record }).sort(([a], [b]) => a.localeCompare(b)))
  files['specs/sources.json'] = `${JSON.stringify(withRecord, null, 2)}\n`
  files[`generated/${name}.ts`] = await generateSource(spec, `specs/${specFile}`)
  files[`src/${name}/config.ts`] = configFile(n)
  files[`src/${name}/protocol.ts`] = protocolFile(n)
  files[`src/${name}/client.ts`] = clientFile(n)
  files[`src/${name}/types.ts`] = typesFile(n)
  files[`src/${name}/index.ts`] = indexFile(n)
  files[`src/testing/${name}-stand-in.ts`] = standInFile(n)
  files[`test/${name}/client.test.ts`] = starterTestFile(n)

  const barrel = await readFile(join(root, 'src', 'index.ts'), 'utf8')
  files['src/index.ts'] =
    `${barrel.trimEnd()}\nexport { create${n.Name}Client, type ${n.Name}Client, type ${n.Name}ClientOptions } from './${name}/index.ts'\n`
  const testing = await readFile(join(root, 'src', 'testing', 'index.ts'), 'utf8')
  files['src/testing/index.ts'] =
    `${testing.trimEnd()}\nexport { mock${n.Name}, start${n.Name}StandIn, type ${n.Name}Fake } from './${name}-stand-in.ts'\n`
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> }
  const { './package.json': pkgJson, ...entries } = pkg.exports
  pkg.exports = {
    ...entries,
    // The same shape as every entry: see knowledge.md, "How consumers load the package".
    [`./${name}`]: {
      source: `./src/${name}/index.ts`,
      types: `./dist/src/${name}/index.d.ts`,
      module: `./src/${name}/index.ts`,
      require: `./dist/node/${name}.js`,
      default: `./dist/${name}.js`,
    },
    './package.json': pkgJson,
  }
  files['package.json'] = `${JSON.stringify(pkg, null, 2)}\n`
  const knowledge = await readFile(join(root, 'knowledge.md'), 'utf8')
  const section = knowledgeSection(n, { ...(record.version ? { version: record.version } : {}), sha256: spec.sha256 })
  files['knowledge.md'] = `${knowledge.trimEnd()}\n\n${section}`
  const summary = Object.keys(files).map((f) => `${existsSync(join(root, f)) ? 'updated' : 'created'} ${f}`)
  return { files, summary }
}

/** How files are written; injectable so a test can make one write fail. */
export type WriteFile = (path: string, text: string) => Promise<void>

/**
 * Writes the plan. On any failure every file is put back as it was: the ones it modified (barrels,
 * package.json, knowledge.md, sources.json) to their old bytes, the ones it created (and the new
 * src/<name>/ and test/<name>/ folders) removed.
 */
export async function scaffoldIntegration(root: string, options: ScaffoldOptions, write: WriteFile = writeFileAtomic): Promise<string[]> {
  const { files, summary } = await planIntegration(root, options)
  const newFolders = [join(root, 'src', options.name), join(root, 'test', options.name)].filter((dir) => !existsSync(dir))
  const snapshot = await snapshotFiles([...Object.keys(files).map((f) => join(root, f)), ...newFolders])
  try {
    for (const [file, text] of Object.entries(files)) {
      const path = join(root, file)
      await mkdir(dirname(path), { recursive: true })
      await write(path, text)
    }
  } catch (err) {
    await snapshot.restore()
    throw new SpecError(`writing ${options.name} failed (${(err as Error).message.split('\n')[0]}); every file was put back as it was`)
  }
  const created = Object.keys(files).filter((f) => /^(src|test)\/.*\.ts$/.test(f) && !f.endsWith('/index.ts') && f !== 'src/index.ts')
  const formatted = await formatWithBiome(root, created)
  return formatted ? summary : [...summary, 'note: could not run Biome on the new files: run `npm run format`']
}

/**
 * The templates cannot know where Biome breaks a line (it depends on the names and the spec), so the new
 * files are formatted by the repository's own formatter, as a maintainer would before committing.
 */
function formatWithBiome(root: string, files: string[]): Promise<boolean> {
  const biome = join(root, 'node_modules', '@biomejs', 'biome', 'bin', 'biome')
  if (!existsSync(biome) || files.length === 0) return Promise.resolve(false)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [biome, 'format', '--write', '--vcs-use-ignore-file=false', ...files], {
      cwd: root,
      stdio: 'ignore',
    })
    child.on('error', () => resolve(false))
    child.on('close', (code) => resolve(code === 0))
  })
}
