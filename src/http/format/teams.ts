// Microsoft Teams: an incoming-webhook / Workflows body with one Adaptive Card 1.4, fitted under Teams' 28 KB.
import { entityGroups, quoteLine, type Digest } from './digest.js'
import { escapeTeams } from './escape.js'
import { fitMessage, type FitResult, type Part } from './fit.js'

/**
 * Teams refuses a message over 28 KB, card JSON included (HTTP 413, "Request Entity too large"). `bytes` is our bound
 * on the UTF-8 bytes of the body exactly as served, a kilobyte under that, since Microsoft does not say whether its
 * KB is 1,000 or 1,024 bytes, nor what the Workflows bot adds around the card.
 * Sources: https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
 * ("The message size limit is 28 KB") and https://learn.microsoft.com/en-us/connectors/teams/ (known issues:
 * "the message size limit is approximately 28 KB").
 */
export const TEAMS_LIMITS = { bytes: 27_000 } as const


/** A TextBlock: always wrapped, since Teams otherwise shows one line of it with an ellipsis. */
export interface TeamsTextBlock {
  type: 'TextBlock'
  text: string
  wrap: true
  size?: 'Small' | 'Large'
  weight?: 'Bolder'
  isSubtle?: true
  spacing?: 'None' | 'Medium'
}

/** The elements this renderer uses. */
export type TeamsElement =
  | TeamsTextBlock
  | { type: 'Container'; style: 'emphasis'; items: TeamsTextBlock[] }
  | { type: 'FactSet'; facts: { title: string; value: string }[] }

/** The Adaptive Card. */
export interface TeamsCard {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json'
  type: 'AdaptiveCard'
  version: '1.4'
  body: TeamsElement[]
  /** Full width in Teams; no `entities`, so nothing in the card can be a mention. */
  msteams: { width: 'Full' }
}

/** The body to POST to a Teams incoming-webhook URL or a Workflows "when a webhook request is received" URL. */
export interface TeamsMessage {
  type: 'message'
  attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive'; contentUrl: null; content: TeamsCard }]
}

const block = (text: string, style: Omit<TeamsTextBlock, 'type' | 'text' | 'wrap'> = {}): TeamsTextBlock => ({
  type: 'TextBlock',
  text,
  wrap: true,
  ...style,
})
/** A bold label of ours (no article text, so nothing to escape). */
const label = (text: string) => block(text, { weight: 'Bolder', spacing: 'Medium' })

function render(digest: Digest, e: (text: string) => string): TeamsMessage {
  const body: TeamsElement[] = []
  if (digest.title) body.push(block(e(digest.title), { size: 'Large', weight: 'Bolder' }))
  if (digest.byline) body.push(block(e(digest.byline), { size: 'Small', isSubtle: true, spacing: 'None' }))
  const summary = digest.sentences.map((s) => e(s.text)).join(' ')
  // A tight `maxWords` can leave the summary empty; an empty TextBlock would only add space.
  if (summary) body.push(block(summary))
  // A markdown list: Teams takes `\n` between the items of a list.
  if (digest.keyPoints.length) body.push(label('Key points'), block(digest.keyPoints.map((k) => `- ${e(k.text)}`).join('\n')))
  if (digest.quotes.length)
    body.push(label('Quotes'), { type: 'Container', style: 'emphasis', items: digest.quotes.map((q) => block(e(quoteLine(q)))) })
  const facts = entityGroups(digest.entities).map((g) => ({ title: g.label, value: e(g.names.join(', ')) }))
  if (digest.acronyms.length) facts.push({ title: 'Acronyms', value: e(digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', ')) })
  if (digest.keywords.length) facts.push({ title: 'Keywords', value: e(digest.keywords.join(', ')) })
  if (facts.length) body.push({ type: 'FactSet', facts })
  // Escaped as one line: alone, a version such as `1.6.0` would be escaped as the start of an ordered list.
  body.push(block(e(`Summarized by pressbrief ${digest.version}`), { size: 'Small', isSubtle: true }))
  const content: TeamsCard = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.4',
    body,
    msteams: { width: 'Full' },
  }
  return { type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content }] }
}

const utf8 = new TextEncoder()

/** The UTF-8 bytes of `message` as served (the index serializes it with `JSON.stringify`, as here). */
export function teamsBytes(message: TeamsMessage): number {
  return utf8.encode(JSON.stringify(message)).length
}

// One limit, on the whole message. A UTF-16 unit is one to three UTF-8 bytes (a surrogate pair, four for two), so
// most renderings are judged by their length alone, without encoding.
function fits(message: TeamsMessage): Part[] {
  const json = JSON.stringify(message)
  const over = json.length > TEAMS_LIMITS.bytes || (json.length * 3 > TEAMS_LIMITS.bytes && utf8.encode(json).length > TEAMS_LIMITS.bytes)
  return over ? ['all'] : []
}

/**
 * Renders `digest` as a Teams message with one Adaptive Card: the title, the byline, the summary, the key points as
 * a list, the quotes, then entities, acronyms and keywords as facts. Article text is backslash-escaped for Adaptive
 * Card markdown; the title and byline are cut at a word to our caps; then items are dropped, least important first,
 * until the body has at most 27,000 UTF-8 bytes.
 */
export function renderTeams(digest: Digest): FitResult<TeamsMessage> {
  return fitMessage(digest, { render, fits, escape: escapeTeams })
}
