import { relative } from 'node:path'
import ts from 'typescript'
import { inside } from './programs.js'

/** What a call expression calls, when that is something the package declares. */
export interface Callee {
  /** The function or method name as the package declares it (`sendInvitationEmail`, `getCustomers`, `GET`). */
  name: string
  /**
   * The package file that declares it, as a source path (`src/loops/emails.ts`, `generated/loops.ts`):
   * a consumer reading the built `dist/…​.d.ts` and this package reading `src/` name the same file.
   */
  module: string
  /** For a typed client method: the operation map entry it was generated from (`generated/<vendor>.ts`). */
  operation?: { method: string; path: string }
}

const MAX_HOPS = 8

/** `dist/src/loops/emails.d.ts` → `src/loops/emails.ts`; undefined outside the package's `src/`, `generated/` and `dist/`. */
export function packageModule(packageRoot: string, fileName: string): string | undefined {
  if (!inside(packageRoot, fileName)) return undefined
  const rel = relative(packageRoot, fileName).split('\\').join('/')
  if (rel.split('/').includes('node_modules')) return undefined
  const source = rel.startsWith('dist/') ? rel.slice('dist/'.length) : rel
  if (!source.startsWith('src/') && !source.startsWith('generated/')) return undefined
  return source.replace(/\.d\.ts$/, '.ts')
}

const unwrap = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isNonNullExpression(e) || ts.isSatisfiesExpression(e)
    ? unwrap(e.expression)
    : e

/** The symbol an expression names: `a.b` → b's symbol, `a` → a's, imports followed to what they import. */
function symbolOf(checker: ts.TypeChecker, expression: ts.Expression): ts.Symbol | undefined {
  const e = unwrap(expression)
  const node = ts.isPropertyAccessExpression(e) ? e.name : ts.isElementAccessExpression(e) ? e.argumentExpression : e
  const symbol = checker.getSymbolAtLocation(node)
  return symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
}

/** `const { sendEvent } = loops` or `function f({ sendEvent }: LoopsClient)`: the property the binding takes. */
function boundProperty(checker: ts.TypeChecker, element: ts.BindingElement): ts.Symbol | undefined {
  const key = element.propertyName ?? element.name
  if (!ts.isIdentifier(key) && !ts.isStringLiteral(key)) return undefined
  const holder = element.parent.parent
  const source =
    ts.isVariableDeclaration(holder) && holder.initializer
      ? checker.getTypeAtLocation(holder.initializer)
      : checker.getTypeAtLocation(holder)
  return checker.getPropertyOfType(source, key.text)
}

/**
 * Follows the consumer's own local names back to what they stand for: an alias
 * (`const send = loops.sendEvent`), a destructured method, a re-exported import.
 */
function followLocal(checker: ts.TypeChecker, packageRoot: string, start: ts.Symbol | undefined): ts.Symbol | undefined {
  let symbol = start
  for (let hop = 0; symbol && hop < MAX_HOPS; hop++) {
    const decl = symbol.valueDeclaration ?? symbol.declarations?.[0]
    if (!decl || packageModule(packageRoot, decl.getSourceFile().fileName)) return symbol
    if (ts.isVariableDeclaration(decl) && ts.isIdentifier(decl.name) && decl.initializer) {
      const init = unwrap(decl.initializer)
      if (!ts.isIdentifier(init) && !ts.isPropertyAccessExpression(init)) return symbol
      symbol = symbolOf(checker, init)
    } else if (ts.isBindingElement(decl) && ts.isObjectBindingPattern(decl.parent)) {
      symbol = boundProperty(checker, decl)
    } else return symbol
  }
  return symbol
}

/** Where the package declares a symbol (or, for a property with no declaration of its own, the signature called). */
function declaringModule(checker: ts.TypeChecker, packageRoot: string, symbol: ts.Symbol, call: ts.CallExpression) {
  const decl = symbol.valueDeclaration ?? symbol.declarations?.[0] ?? checker.getResolvedSignature(call)?.getDeclaration()
  return decl ? packageModule(packageRoot, decl.getSourceFile().fileName) : undefined
}

const RAW_METHODS = new Set(['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'])

/**
 * `loops.raw.GET('/v1/lists')`: openapi-fetch declares `GET`, but the client it is called on is typed
 * by a generated `paths` interface of the package, so it is `raw.GET` of `generated/<vendor>.ts`.
 */
function rawCallee(checker: ts.TypeChecker, packageRoot: string, call: ts.CallExpression): Callee | undefined {
  const e = unwrap(call.expression)
  if (!ts.isPropertyAccessExpression(e) || !RAW_METHODS.has(e.name.text)) return undefined
  const client = checker.getTypeAtLocation(e.expression)
  const args = client.aliasTypeArguments ?? (client.flags & ts.TypeFlags.Object ? checker.getTypeArguments(client as ts.TypeReference) : [])
  const paths = args[0]?.getSymbol()?.declarations?.[0]
  const module = paths && packageModule(packageRoot, paths.getSourceFile().fileName)
  return module?.startsWith('generated/') ? { name: `raw.${e.name.text}`, module } : undefined
}

/** A string property of the map entry: `method: "post"` in generated/*.ts, `readonly method: "post"` in its .d.ts. */
function entryField(entry: ts.Node, field: string): string | undefined {
  const members = ts.isObjectLiteralExpression(entry) ? entry.properties : ts.isTypeLiteralNode(entry) ? entry.members : []
  for (const m of members) {
    if (!m.name || !ts.isIdentifier(m.name) || m.name.text !== field) continue
    const value = ts.isPropertyAssignment(m)
      ? m.initializer
      : ts.isPropertySignature(m) && m.type && ts.isLiteralTypeNode(m.type)
        ? m.type.literal
        : undefined
    if (value && ts.isStringLiteral(value)) return value.text
  }
  return undefined
}

/**
 * The method and path a typed method was generated from, read from its declaration in the operation map, so a
 * use maps to its operation by URL even when the spec renamed it.
 */
function mapEntry(decl: ts.Node | undefined): Callee['operation'] {
  const entry = decl && ts.isPropertyAssignment(decl) ? decl.initializer : decl && ts.isPropertySignature(decl) ? decl.type : undefined
  const method = entry && entryField(entry, 'method')
  const path = entry && entryField(entry, 'path')
  return method && path ? { method, path } : undefined
}

/** The package function or method a call calls, through aliases, destructuring and parameters; undefined otherwise. */
export function resolveCallee(checker: ts.TypeChecker, packageRoot: string, call: ts.CallExpression): Callee | undefined {
  const raw = rawCallee(checker, packageRoot, call)
  if (raw) return raw
  const symbol = followLocal(checker, packageRoot, symbolOf(checker, call.expression))
  if (!symbol) return undefined
  const module = declaringModule(checker, packageRoot, symbol, call)
  if (!module) return undefined
  const operation = module.startsWith('generated/') ? mapEntry(symbol.valueDeclaration ?? symbol.declarations?.[0]) : undefined
  return { name: symbol.name, module, ...(operation ? { operation } : {}) }
}
