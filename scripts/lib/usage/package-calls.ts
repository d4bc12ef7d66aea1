import { relative } from 'node:path'
import ts from 'typescript'
import { type Callee, resolveCallee } from './callee.js'
import { consumerFiles, programsFor } from './programs.js'

/** One call into the package found in a consumer's code. */
export interface PackageCall {
  callee: Callee
  /** The calling file, relative to `base`, with `/` separators. */
  file: string
  /** 1-based line of the call itself. */
  line: number
  /** The first argument when it is a string literal (or typed as one): a raw path, a template name. */
  firstArgument?: string
}

export interface FindCallsOptions {
  /** The package's directory (where its `src/`, `generated/` and `dist/` are). */
  packageRoot: string
  /** Consumer directories to scan (each compiled with its own or its nearest tsconfig.json). */
  dirs: string[]
  /** Paths in the result are relative to this directory (the monorepo root). */
  base: string
  /** Keeps only the calls it accepts (e.g. `({ name }) => name === 'sendTemplate'`); default: every call into the package. */
  match?: (callee: Callee) => boolean
}

function literal(checker: ts.TypeChecker, node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined
  if (ts.isStringLiteralLike(node)) return node.text
  const type = checker.getTypeAtLocation(node)
  return type.isStringLiteral() ? type.value : undefined
}

/** Where a call is: the method name of `a\n  .b()` (its own line), else the call's start. */
function callPosition(call: ts.CallExpression, source: ts.SourceFile): number {
  const e = call.expression
  return ts.isPropertyAccessExpression(e) ? e.name.getStart(source) : call.getStart(source)
}

/**
 * Every call into the package from the consumers' code, resolved by the TypeScript type checker (not by
 * text): typed client methods, also through an alias, a destructured method or a client passed as a
 * parameter; `.raw.GET/POST(…)`; helpers such as `sendInvitationEmail`, `outbox.sendWelcomeEmail`,
 * `billing.createCustomer`, `stripe.paginate(…)`. Sorted by file and line.
 */
export function findPackageCalls(options: FindCallsOptions): PackageCall[] {
  const calls: PackageCall[] = []
  for (const scan of programsFor(options.dirs, options.base)) {
    const checker = scan.program.getTypeChecker()
    for (const source of consumerFiles(scan)) {
      const file = relative(options.base, source.fileName).split('\\').join('/')
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = resolveCallee(checker, options.packageRoot, node)
          if (callee && (options.match?.(callee) ?? true)) {
            const line = source.getLineAndCharacterOfPosition(callPosition(node, source)).line + 1
            const firstArgument = literal(checker, node.arguments[0])
            calls.push({ callee, file, line, ...(firstArgument !== undefined ? { firstArgument } : {}) })
          }
        }
        ts.forEachChild(node, visit)
      }
      visit(source)
    }
  }
  return calls.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
}
