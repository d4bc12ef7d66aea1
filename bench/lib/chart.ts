import type { ClientFigures } from '../latency.js'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')

/** A bar chart of median and p99 latency as multiples of raw fetch: the gap at a glance. */
export function renderChart(latency: Record<string, ClientFigures>, floor: ClientFigures): string {
  const names = Object.keys(latency)
  const rows = names.flatMap((name) => [
    { label: `${name} — median`, ratio: latency[name]!.medianUs / floor.medianUs, color: '#2f6fde' },
    { label: `${name} — p99`, ratio: latency[name]!.p99Us / floor.p99Us, color: '#9bb8ef' },
  ])
  const max = Math.max(1.2, ...rows.map((r) => r.ratio)) * 1.05
  const left = 230
  const width = 760
  const barArea = width - left - 70
  const rowHeight = 26
  const top = 40
  const height = top + rows.length * rowHeight + 40
  const x = (ratio: number) => left + (ratio / max) * barArea
  const bars = rows
    .map((r, i) => {
      const y = top + i * rowHeight
      return [
        `<text x="${left - 8}" y="${y + 16}" text-anchor="end">${escapeXml(r.label)}</text>`,
        `<rect x="${left}" y="${y + 4}" width="${(x(r.ratio) - left).toFixed(1)}" height="16" fill="${r.color}"/>`,
        `<text x="${(x(r.ratio) + 6).toFixed(1)}" y="${y + 16}">${r.ratio.toFixed(2)}×</text>`,
      ].join('')
    })
    .join('\n')
  const guide = (ratio: number, label: string) =>
    `<line x1="${x(ratio).toFixed(1)}" y1="${top - 6}" x2="${x(ratio).toFixed(1)}" y2="${height - 30}" stroke="#888" stroke-dasharray="4 3"/><text x="${x(ratio).toFixed(1)}" y="${height - 14}" text-anchor="middle" fill="#555">${label}</text>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="system-ui, sans-serif" font-size="13">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${left}" y="22" font-weight="bold">sendTransactionalEmail latency, as a multiple of raw fetch (loopback, same run)</text>
${guide(1, '1.00× raw fetch')}
${guide(1.1, 'target 1.10×')}
${bars}
</svg>
`
}
