// One fresh process is one cold start: import a client, send one email to the loopback server, and report
// how long the import and the whole (import + first send) took, from just before the import.
// Plain Node, no loader: the package resolves the way a backend's `node` resolves it (exports → dist/).
// usage: node cold-start-child.mjs <ours|ours-import|sdk|sdk-import|fetch> <base url>
const [variant, baseUrl] = process.argv.slice(2)
const body = { transactionalId: 'tpl_bench', email: 'ada@example.com', dataVariables: { firstName: 'Ada' } }
const apiKey = 'k_bench_cold'

const started = performance.now()
let imported = started
let created = started
if (variant === 'ours' || variant === 'ours-import') {
  const { createLoopsClient } = await import('@codebuff/integrations/loops')
  imported = performance.now()
  if (variant === 'ours') {
    const client = createLoopsClient({ apiKey, baseUrl, rateLimit: false })
    created = performance.now()
    await client.sendTransactionalEmail(body)
  }
} else if (variant === 'sdk' || variant === 'sdk-import') {
  const { LoopsClient } = await import('loops')
  imported = performance.now()
  if (variant === 'sdk') {
    const sdk = new LoopsClient(apiKey)
    sdk.apiRoot = `${baseUrl}/`
    created = performance.now()
    // The same Idempotency-Key header our client always sends: the same bytes on the wire.
    await sdk.sendTransactionalEmail({ ...body, headers: { 'Idempotency-Key': crypto.randomUUID() } })
  }
} else if (variant === 'fetch') {
  const res = await fetch(`${baseUrl}/v1/transactional`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify(body),
  })
  await res.json()
} else {
  throw new Error(`unknown variant ${variant}`)
}
const done = performance.now()
process.stdout.write(JSON.stringify({ importMs: imported - started, createMs: created - imported, sendMs: done - created, totalMs: done - started }))
