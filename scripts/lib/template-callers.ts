/**
 * Where the code sends a template: call sites of the package's exported send functions, found by
 * parsing (TypeScript's parser, no type checking), in the package's `src/` and `examples/` and in every
 * workspace of the monorepo that depends on the package.
 *
 * The one entry point is `findCallSites(root, functions)`: `templates -- check` needs nothing else, so
 * it can be pointed at the shared usage finder (scripts/lib/usage/) without touching its callers.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type ts from 'typescript'

type TS = typeof ts

export interface CallSite {
  /** `src/…`/`examples/…` for the package's own files, monorepo-relative (`apps/web/…`) for a workspace's. */
  file: string
  line: number
  /** The exported function called (`sendTemplate`, `sendInvitationEmail`). */
  callee: string
  /** The first argument when it is a string literal (the template name of `sendTemplate('invitation', …)`). */
  firstArg?: string
}

const PACKAGE = '@codebuff/integrations'
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|jsx)$/
const SKIP = new Set(['node_modules', 'dist', '.next', '.git', 'coverage'])

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory()
        ? SKIP.has(e.name)
          ? []
          : sourceFiles(join(dir, e.name))
        : SOURCE.test(e.name) && !e.name.endsWith('.d.ts')
          ? [join(dir, e.name)]
          : [],
    ),
  )
  return nested.flat()
}

/**
 * Call sites of `functions` in one file that imports the package (inside it: any relative import), called
 * bare (an imported name, aliases followed) or as a method (`ns.sendTemplate`, `outbox.sendTemplate`).
 */
function callsIn(ts: TS, text: string, fileName: string, functions: ReadonlySet<string>, ownFile: boolean): Omit<CallSite, 'file'>[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const local = new Map<string, string>()
  let importsPackage = false
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue
    const from = statement.moduleSpecifier.text
    if (!(from === PACKAGE || from.startsWith(`${PACKAGE}/`) || (ownFile && from.startsWith('.')))) continue
    importsPackage = true
    const bindings = statement.importClause?.namedBindings
    if (bindings && ts.isNamedImports(bindings))
      for (const el of bindings.elements) local.set(el.name.text, (el.propertyName ?? el.name).text)
  }
  if (!importsPackage) return []
  const found: Omit<CallSite, 'file'>[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression
      let name: string | undefined
      if (ts.isIdentifier(callee)) name = local.get(callee.text)
      // ns.sendTemplate(…), outbox.sendTemplate(…), emails.sendInvitationEmail(…): in a file that imports the package
      else if (ts.isPropertyAccessExpression(callee)) name = callee.name.text
      if (name && functions.has(name)) {
        const arg = node.arguments[0]
        const firstArg = arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
        found.push({ line, callee: name, ...(firstArg !== undefined ? { firstArg } : {}) })
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** The monorepo's workspaces that depend on the package: the same discovery `update-specs` uses (scripts/lib/usage/). */
async function dependentWorkspaces(root: string): Promise<{ dir: string; base: string; own: false }[]> {
  const { consumerWorkspaces, findMonorepo } = await import('./usage/workspaces.js')
  const monorepo = findMonorepo(root)
  return monorepo ? consumerWorkspaces(monorepo, root).map((dir) => ({ dir, base: monorepo.root, own: false as const })) : []
}

/** Every call of these exported functions in the package's `src/` and `examples/` and in the workspaces that depend on it. */
export async function findCallSites(root: string, functions: readonly string[]): Promise<CallSite[]> {
  const wanted = new Set(functions)
  // Loaded here, not at import: `templates -- pull` never needs the compiler (~0.3 s to load).
  const { default: ts } = await import('typescript')
  const scopes = [...['src', 'examples'].map((d) => ({ dir: join(root, d), base: root, own: true })), ...(await dependentWorkspaces(root))]
  const sites: CallSite[] = []
  for (const scope of scopes) {
    for (const path of await sourceFiles(scope.dir)) {
      const text = await readFile(path, 'utf8')
      if (![...wanted].some((f) => text.includes(f))) continue
      const file = relative(scope.base, path).split('\\').join('/')
      for (const call of callsIn(ts, text, path, wanted, scope.own)) sites.push({ file, ...call })
    }
  }
  return sites.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line))
}
