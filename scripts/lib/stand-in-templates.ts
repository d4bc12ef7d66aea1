import { readFile } from 'node:fs/promises'
import { maskEmail } from '../../src/core/observability/redact.js'
import type { StandInTemplate } from '../../src/testing/loops-stand-in.js'
import type { RecordedRequest } from '../../src/testing/stand-in.js'

const isText = (v: unknown): v is string => typeof v === 'string' && v !== ''

/** `--templates <file.json>`: `[{ id, name, dataVariables }]`, or a one-line reason it is not. */
export async function readTemplatesOption(path: string): Promise<StandInTemplate[] | string> {
  let data: unknown
  try {
    data = JSON.parse(await readFile(path, 'utf8'))
  } catch (err) {
    return `--templates ${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'}`
  }
  if (!Array.isArray(data)) return `--templates ${path}: expected a JSON array of { id, name, dataVariables }`
  const bad = data.findIndex(
    (t) => !isText(t?.id) || typeof t?.name !== 'string' || !Array.isArray(t?.dataVariables) || !t.dataVariables.every(isText),
  )
  if (bad >= 0) return `--templates ${path}: entry ${bad} is not { id: string, name: string, dataVariables: string[] }`
  return data.map((t) => ({ id: t.id, name: t.name, dataVariables: [...t.dataVariables] }))
}

/** The startup lines that say which transactional ids the stand-in accepts (any other is Loops' 404). */
export function knownIdsText(templates: StandInTemplate[], templateIds: Record<string, string>): string {
  const lines = templates.map((t) => `  ${t.id}  ${t.name}${t.dataVariables.length ? ` (${t.dataVariables.join(', ')})` : ''}`)
  for (const [name, id] of Object.entries(templateIds))
    if (!templates.some((t) => t.id === id)) lines.push(`  ${id}  ${name} (variables not checked: not in --templates)`)
  return `Transactional ids it knows (any other → 404, as Loops answers):\n${lines.join('\n')}`
}

/** One log line per request; a send names its template and its masked recipient. */
export function requestLine(r: RecordedRequest, templates: StandInTemplate[], templateIds: Record<string, string>): string {
  let what = ''
  if (r.operationId === 'sendTransactionalEmail' && r.body && typeof r.body === 'object') {
    const { transactionalId, email } = r.body as { transactionalId?: unknown; email?: unknown }
    const name =
      templates.find((t) => t.id === transactionalId)?.name ?? Object.entries(templateIds).find(([, id]) => id === transactionalId)?.[0]
    what = `  ${name ?? `unknown id ${String(transactionalId)}`} → ${typeof email === 'string' ? maskEmail(email) : '?'}`
  }
  const invalid = r.validationErrors.length ? `  ✗ ${r.validationErrors.join('; ')}` : ''
  return `${r.method} ${r.path} → ${r.outcome}${what}${invalid}`
}
