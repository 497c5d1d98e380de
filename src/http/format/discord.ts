// Discord: an execute-webhook body with one embed, fitted to Discord's embed limits, mentions switched off.
import { entityGroups, quoteLine, type Digest } from './digest.js'
import { escapeDiscord } from './escape.js'
import { cutEscaped } from './cut.js'
import { fitDigest, type FitResult, type Part } from './fit.js'

/**
 * Discord's limits, in characters (measured here in UTF-16 units, which never undercount). `total` is the sum of
 * an embed's title, description, field names and values, footer text and author name.
 * Source: https://discord.com/developers/docs/resources/message#embed-object-embed-limits and, for `content`,
 * https://discord.com/developers/docs/resources/webhook#execute-webhook
 */
export const DISCORD_LIMITS = {
  content: 2000, title: 256, description: 4096, fields: 25, fieldName: 256, fieldValue: 1024, footer: 2048, total: 6000,
} as const

/** One embed field. */
export interface DiscordField {
  name: string
  value: string
  inline?: boolean
}

/** The embed this renderer sends. */
export interface DiscordEmbed {
  title?: string
  description?: string
  fields: DiscordField[]
  footer: { text: string }
}

/** The body to POST to a webhook URL (`/api/webhooks/{id}/{token}`). */
export interface DiscordMessage {
  embeds: [DiscordEmbed]
  /** No @everyone, @here, role or user in the article can ping anyone. */
  allowed_mentions: { parse: [] }
}

const e = escapeDiscord

function render(digest: Digest, title: string | null): DiscordMessage {
  const fields: DiscordField[] = []
  if (digest.keyPoints.length) fields.push({ name: 'Key points', value: digest.keyPoints.map((k) => `• ${e(k.text)}`).join('\n') })
  if (digest.quotes.length) fields.push({ name: 'Quotes', value: digest.quotes.map((q) => `> ${e(quoteLine(q))}`).join('\n') })
  for (const g of entityGroups(digest.entities)) fields.push({ name: g.label, value: e(g.names.join(', ')), inline: true })
  if (digest.acronyms.length)
    fields.push({ name: 'Acronyms', value: e(digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', ')), inline: true })
  if (digest.keywords.length) fields.push({ name: 'Keywords', value: e(digest.keywords.join(', ')) })
  const summary = digest.sentences.map((s) => e(s.text)).join(' ')
  const description = [digest.byline && `*${e(digest.byline)}*`, summary].filter(Boolean).join('\n\n')
  const embed: DiscordEmbed = { fields, footer: { text: `Summarized by pressbrief ${digest.version}` } }
  if (title) embed.title = e(title)
  // Discord refuses an empty description; a tight `maxWords` can leave the summary empty.
  if (description) embed.description = description
  return { embeds: [embed], allowed_mentions: { parse: [] } }
}

/** The characters an embed counts against the 6,000 total. */
export function embedLength(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    embed.fields.reduce((n, f) => n + f.name.length + f.value.length, 0) +
    embed.footer.text.length
  )
}

// The part of the digest each field shows, by field name: the entity groups, acronyms and keywords are `details`.
const FIELD_PART: Readonly<Record<string, Part>> = { 'Key points': 'keyPoints', Quotes: 'quotes' }

/** The parts over their limits: the description is the summary's, a field its content's; the count and total, all. */
function fits({ embeds: [embed] }: DiscordMessage): Part[] {
  const over: Part[] = []
  if ((embed.description?.length ?? 0) > DISCORD_LIMITS.description) over.push('sentences')
  for (const f of embed.fields) if (f.value.length > DISCORD_LIMITS.fieldValue) over.push(FIELD_PART[f.name] ?? 'details')
  // The title is cut to its limit before rendering, and field names and the footer are fixed text. The total is judged
  // once every part is within its own limit: an oversized Quotes field shrinks to 1,024 characters first, and then
  // the embed may well have room for the keywords.
  if (embed.fields.length > DISCORD_LIMITS.fields || (over.length === 0 && embedLength(embed) > DISCORD_LIMITS.total))
    over.push('all')
  return over
}

/**
 * Renders `digest` as a Discord webhook body with one embed: the title, the summary as the description, the key
 * points, quotes, entities and keywords as fields. Article text is backslash-escaped for Discord markdown; the
 * title is cut at a word to 256 characters; then items are dropped, least important first, until the embed fits.
 */
export function renderDiscord(digest: Digest): FitResult<DiscordMessage> {
  const title = digest.title && cutEscaped(digest.title, DISCORD_LIMITS.title, e)
  // The byline shares the description with the summary; a tenth of it is plenty.
  const byline = digest.byline && cutEscaped(digest.byline, DISCORD_LIMITS.description / 10, e)
  const fitted = fitDigest({ ...digest, byline }, { render: (d) => render(d, title), fits })
  if (title !== digest.title || byline !== digest.byline) fitted.dropped.cut = true
  return fitted
}
