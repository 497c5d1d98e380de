// Draws the README's two charts as standalone SVG: ms per article (project vs peers) and time against words.

import type { CoreRow } from './core'
import type { ScalingPoint } from './scaling'
import { fmtMs, fmtRatio } from './util'

const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Helvetica, Arial, sans-serif"'
const PROJECT = '#2563eb'
const PEER = '#9ca3af'
const INK = '#111827'
const MUTED = '#6b7280'
const GRID = '#e5e7eb'

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const r1 = (x: number) => Math.round(x * 10) / 10

/** Maps [lo, hi] to [a, b] on a log10 scale. */
function logScale(lo: number, hi: number, a: number, b: number) {
  const l0 = Math.log10(lo)
  const l1 = Math.log10(hi)
  return (v: number) => a + ((Math.log10(v) - l0) / (l1 - l0)) * (b - a)
}

/** A log domain padded by a quarter either side, and the 1, 2, 5 × 10^n ticks that fall inside it. */
function logTicks(lo: number, hi: number): { min: number; max: number; ticks: number[] } {
  const min = lo / 1.25
  const max = hi * 1.25
  const ticks: number[] = []
  for (let d = 10 ** Math.floor(Math.log10(min)); d <= max; d *= 10) {
    for (const m of [1, 2, 5]) if (d * m >= min && d * m <= max) ticks.push(Number((d * m).toPrecision(1)))
  }
  return { min, max, ticks }
}

const tickLabel = (v: number) => (v >= 1000 ? `${v / 1000}k` : v >= 1 ? String(v) : String(Number(v.toPrecision(1))))

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n')
}

/** Horizontal bars of the median ms per CNN article (log scale), a whisker to the p99, the ratio to the project. */
export function coreChart(rows: CoreRow[], caption: string): string {
  const labelOf = (row: CoreRow) => (row.articles < rows[0]!.articles ? `${row.label} (${row.articles} articles)` : row.label)
  const left = 30 + Math.max(...rows.map((r) => labelOf(r).length)) * 7
  const right = left + 420
  const width = right + 280
  const top = 64
  const band = 46
  const height = top + rows.length * band + 56
  const { min, max, ticks } = logTicks(Math.min(...rows.map((r) => r.medianMs)), Math.max(...rows.map((r) => r.p99Ms)))
  const x = logScale(min, max, left, right)
  const body: string[] = [
    `<text x="20" y="28" ${FONT} font-size="17" font-weight="600" fill="${INK}">Milliseconds per article (log scale; lower is faster)</text>`,
    `<text x="20" y="48" ${FONT} font-size="12" fill="${MUTED}">${esc(caption)}</text>`,
  ]
  const bottom = top + rows.length * band
  for (const t of ticks) {
    body.push(`<line x1="${r1(x(t))}" y1="${top - 6}" x2="${r1(x(t))}" y2="${bottom}" stroke="${GRID}"/>`)
    body.push(`<text x="${r1(x(t))}" y="${bottom + 16}" ${FONT} font-size="11" fill="${MUTED}" text-anchor="middle">${tickLabel(t)}</text>`)
  }
  body.push(`<text x="${(left + right) / 2}" y="${bottom + 36}" ${FONT} font-size="12" fill="${MUTED}" text-anchor="middle">ms per article: bar = median, whisker = p99</text>`)
  rows.forEach((row, i) => {
    const y = top + i * band + 8
    const color = row.key === 'project' ? PROJECT : PEER
    body.push(`<text x="${left - 10}" y="${y + 17}" ${FONT} font-size="12.5" fill="${INK}" text-anchor="end">${esc(labelOf(row))}</text>`)
    body.push(`<rect x="${left}" y="${y}" width="${r1(Math.max(1, x(row.medianMs) - left))}" height="24" rx="3" fill="${color}"/>`)
    const xm = r1(x(row.medianMs))
    const xp = r1(x(row.p99Ms))
    body.push(`<line x1="${xm}" y1="${y + 12}" x2="${xp}" y2="${y + 12}" stroke="${INK}" stroke-width="1.2"/>`)
    body.push(`<line x1="${xp}" y1="${y + 5}" x2="${xp}" y2="${y + 19}" stroke="${INK}" stroke-width="1.2"/>`)
    const ratio = row.key === 'project' ? 'the baseline' : `${fmtRatio(row.ratioMedian)} the project's median`
    const text = `${fmtMs(row.medianMs)} ms · p99 ${fmtMs(row.p99Ms)} · ${ratio}`
    body.push(`<text x="${r1(xp + 8)}" y="${y + 17}" ${FONT} font-size="11.5" fill="${INK}">${esc(text)}</text>`)
  })
  return svg(width, height, 'Milliseconds per article: project and npm peers', body)
}

/** Log-log time per call against document words, with the linear-scaling line through the 10k point. */
export function scalingChart(points: ScalingPoint[], caption: string): string {
  const width = 760
  const height = 440
  const left = 80
  const right = width - 40
  const top = 70
  const bottom = height - 70
  const wt = logTicks(Math.min(...points.map((p) => p.words)), Math.max(...points.map((p) => p.words)))
  const anchor = points.find((p) => p.words === 10_000) ?? points[0]!
  const linear = (w: number) => (anchor.msPerCall * w) / anchor.words
  const TARGET_MS = 100 // the target: 200k words in under 100 ms
  const ys = [...points.map((p) => p.msPerCall), linear(wt.min), linear(wt.max), TARGET_MS]
  const mt = logTicks(Math.min(...ys), Math.max(...ys))
  const x = logScale(wt.min, wt.max, left, right)
  const y = logScale(mt.min, mt.max, bottom, top)
  const body: string[] = [
    `<text x="20" y="28" ${FONT} font-size="17" font-weight="600" fill="${INK}">summarize: time per call against document length (log–log)</text>`,
    `<text x="20" y="48" ${FONT} font-size="12" fill="${MUTED}">${esc(caption)}</text>`,
  ]
  for (const t of wt.ticks) {
    body.push(`<line x1="${r1(x(t))}" y1="${top}" x2="${r1(x(t))}" y2="${bottom}" stroke="${GRID}"/>`)
    body.push(`<text x="${r1(x(t))}" y="${bottom + 16}" ${FONT} font-size="11" fill="${MUTED}" text-anchor="middle">${tickLabel(t)}</text>`)
  }
  for (const t of mt.ticks) {
    body.push(`<line x1="${left}" y1="${r1(y(t))}" x2="${right}" y2="${r1(y(t))}" stroke="${GRID}"/>`)
    body.push(`<text x="${left - 8}" y="${r1(y(t)) + 4}" ${FONT} font-size="11" fill="${MUTED}" text-anchor="end">${tickLabel(t)}</text>`)
  }
  body.push(`<text x="${(left + right) / 2}" y="${bottom + 40}" ${FONT} font-size="12" fill="${MUTED}" text-anchor="middle">words in the document</text>`)
  body.push(`<text x="20" y="${(top + bottom) / 2}" ${FONT} font-size="12" fill="${MUTED}" transform="rotate(-90 20 ${(top + bottom) / 2})" text-anchor="middle">ms per call</text>`)
  body.push(
    `<line x1="${r1(x(wt.min))}" y1="${r1(y(linear(wt.min)))}" x2="${r1(x(wt.max))}" y2="${r1(y(linear(wt.max)))}" stroke="${MUTED}" stroke-dasharray="5 4"/>`,
  )
  // Legend, top left inside the plot.
  body.push(`<line x1="${left + 12}" y1="${top + 14}" x2="${left + 40}" y2="${top + 14}" stroke="${PROJECT}" stroke-width="2.2"/>`)
  body.push(`<text x="${left + 48}" y="${top + 18}" ${FONT} font-size="11.5" fill="${INK}">measured (median call)</text>`)
  body.push(`<line x1="${left + 12}" y1="${top + 32}" x2="${left + 40}" y2="${top + 32}" stroke="${MUTED}" stroke-dasharray="5 4"/>`)
  body.push(`<text x="${left + 48}" y="${top + 36}" ${FONT} font-size="11.5" fill="${INK}">linear cost through the 10k point</text>`)
  const big = Math.max(...points.map((p) => p.words))
  const tx = r1(x(big))
  const ty = r1(y(TARGET_MS))
  body.push(`<line x1="${tx - 18}" y1="${ty}" x2="${tx + 18}" y2="${ty}" stroke="#dc2626" stroke-width="2"/>`)
  body.push(`<text x="${tx - 24}" y="${ty + 4}" ${FONT} font-size="11" fill="#dc2626" text-anchor="end">target at ${tickLabel(big)} words: ${TARGET_MS} ms</text>`)
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${r1(x(p.words))},${r1(y(p.msPerCall))}`).join(' ')
  body.push(`<path d="${path}" fill="none" stroke="${PROJECT}" stroke-width="2.2"/>`)
  points.forEach((p, i) => {
    const cx = r1(x(p.words))
    const cy = r1(y(p.msPerCall))
    body.push(`<circle cx="${cx}" cy="${cy}" r="4.5" fill="${PROJECT}"/>`)
    // First point: label above right; last: above left; others below right, away from the rising line.
    const last = i === points.length - 1
    const anchorSide = last ? 'end' : 'start'
    const dx = last ? -10 : 10
    const dy = i === 0 || last ? -10 : 20
    const label = `${fmtMs(p.msPerCall)} ms (${fmtMs(p.msPer1kWords)} ms / 1k words)`
    body.push(`<text x="${cx + dx}" y="${cy + dy}" ${FONT} font-size="11.5" fill="${INK}" text-anchor="${anchorSide}">${esc(label)}</text>`)
  })
  return svg(width, height, 'summarize: time per call against words', body)
}
