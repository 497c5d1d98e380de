// Output formats: the names, their media types, the choice from a field, a query parameter or `Accept`, and rendering.
import { toDigest, type RenderableResult } from './digest.js'
import { renderDiscord } from './discord.js'
import { renderHtml, renderMarkdown, renderText } from './documents.js'
import { NOTHING_DROPPED, describeDropped, type Dropped } from './fit.js'
import { renderSlack } from './slack.js'
import { renderTeams } from './teams.js'
import { renderTelegram } from './telegram.js'

export type { RenderableResult } from './digest.js'
export { describeDropped, type Dropped } from './fit.js'

/** Every output format; `json` is the result itself and the default. */
export const FORMATS = ['json', 'markdown', 'text', 'html', 'slack', 'discord', 'telegram', 'teams'] as const

/** One output format. */
export type Format = (typeof FORMATS)[number]

/** Media type of each format's body. */
export const MEDIA_TYPES: Record<Format, string> = {
  json: 'application/json; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8; variant=CommonMark',
  text: 'text/plain; charset=utf-8',
  html: 'text/html; charset=utf-8',
  slack: 'application/json; charset=utf-8',
  discord: 'application/json; charset=utf-8',
  telegram: 'application/json; charset=utf-8',
  teams: 'application/json; charset=utf-8',
}

/** A rendered result: the body, its media type and what was left out to fit the platform. */
export interface Rendered {
  body: string
  contentType: string
  dropped: Dropped
}

/** Renders a result in a format other than `json` (whose body is the stored result, byte for byte). */
export function renderResult(result: RenderableResult, format: Exclude<Format, 'json'>): Rendered {
  const digest = toDigest(result)
  const contentType = MEDIA_TYPES[format]
  switch (format) {
    case 'markdown':
      return { body: renderMarkdown(digest), contentType, dropped: NOTHING_DROPPED }
    case 'text':
      return { body: renderText(digest), contentType, dropped: NOTHING_DROPPED }
    case 'html':
      return { body: renderHtml(digest), contentType, dropped: NOTHING_DROPPED }
    case 'slack':
      return json(renderSlack(digest), contentType)
    case 'discord':
      return json(renderDiscord(digest), contentType)
    case 'telegram':
      return json(renderTelegram(digest), contentType)
    case 'teams':
      return json(renderTeams(digest), contentType)
  }
}

const json = ({ output, dropped }: { output: unknown; dropped: Dropped }, contentType: string): Rendered => ({
  body: JSON.stringify(output),
  contentType,
  dropped,
})

// What each media range of an Accept header can be served as, in our order of preference on a tie.
const ACCEPTABLE: { type: string; format: Format }[] = [
  { type: 'application/json', format: 'json' },
  { type: 'text/plain', format: 'text' },
  { type: 'text/markdown', format: 'markdown' },
  { type: 'text/html', format: 'html' },
]

/**
 * The format an `Accept` header asks for (RFC 9110 §12.5.1): each of our media types gets the quality of the most
 * specific range that matches it, the best quality wins, ties go to JSON, then text, markdown, HTML. Returns
 * `undefined` when the header is absent or accepts none of them — the caller then serves JSON, as RFC 9110 allows,
 * rather than a 406 that would break clients sending an unusual `Accept`.
 * The chat formats are JSON too, so only the `format` field or parameter selects them.
 */
export function formatFromAccept(accept: string | undefined): Format | undefined {
  if (!accept) return undefined
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const q = params.find((p) => p.startsWith('q='))
    const quality = q === undefined ? 1 : Number(q.slice(2))
    return { range, quality: Number.isFinite(quality) ? quality : 0 }
  })
  let best: { format: Format; quality: number } | undefined
  for (const { type, format } of ACCEPTABLE) {
    const [major] = type.split('/')
    const match =
      ranges.find((r) => r.range === type) ?? ranges.find((r) => r.range === `${major}/*`) ?? ranges.find((r) => r.range === '*/*')
    if (match && match.quality > 0 && (!best || match.quality > best.quality)) best = { format, quality: match.quality }
  }
  return best?.format
}

/** Whether `value` names a format. */
export function isFormat(value: unknown): value is Format {
  return typeof value === 'string' && (FORMATS as readonly string[]).includes(value)
}
