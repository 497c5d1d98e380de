// Slack: a `chat.postMessage` body — mrkdwn fallback `text` plus Block Kit `blocks` — fitted to Slack's limits.
import { entityGroups, quoteLine, type Digest } from './digest.js'
import { escapeSlack } from './escape.js'
import { cutEscaped } from './cut.js'
import { fitDigest, type FitResult, type Part } from './fit.js'

/**
 * Slack's limits, in characters (measured here in UTF-16 units, which never undercount).
 * Sources: https://docs.slack.dev/reference/block-kit/blocks/header-block (150),
 * https://docs.slack.dev/reference/block-kit/blocks/section-block (text 3,000),
 * https://docs.slack.dev/reference/block-kit/blocks (at most 50 blocks in a message),
 * https://docs.slack.dev/reference/methods/chat.postMessage (`text`: best kept to 4,000; truncated at 40,000).
 */
export const SLACK_LIMITS = { text: 4000, header: 150, section: 3000, context: 3000, blocks: 50 } as const

/** A Block Kit text object. */
export interface SlackText {
  type: 'plain_text' | 'mrkdwn'
  text: string
  emoji?: boolean
  verbatim?: boolean
}

/** The blocks this renderer uses. */
export type SlackBlock =
  | { type: 'header'; text: SlackText }
  | { type: 'section'; text: SlackText }
  | { type: 'context'; elements: SlackText[] }
  | { type: 'divider' }

/** The body to POST to `chat.postMessage`, once the bot adds `channel`. */
export interface SlackMessage {
  text: string
  blocks: SlackBlock[]
  unfurl_links: false
  unfurl_media: false
}

// `verbatim: true` stops Slack from turning channel names and URLs into links or mentions (in our labels, none).
const mrkdwn = (text: string): SlackText => ({ type: 'mrkdwn', text, verbatim: true })
/**
 * Article text goes in plain_text objects, written as is. mrkdwn has an escape for `&`, `<` and `>` only: `*`, `_`,
 * `~` and backticks in article text would bold, italicize, strike or, with two code fences, turn everything between
 * them (bullets and labels of ours included) into a code block. plain_text has no markup, so it needs and decodes no
 * escaping: `&amp;` there would show as typed.
 * Source: https://docs.slack.dev/reference/block-kit/composition-objects/text-object ("accepts any of the standard
 * text formatting markup when type is mrkdwn") and https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
const plain = (text: string): SlackText => ({ type: 'plain_text', text })
const e = escapeSlack

// Which part of the digest each section block of a rendering shows (a block is not sent with it, so the tag cannot be).
const SECTION_PART = new WeakMap<SlackBlock, Part>()

/** A plain_text section block of article `text`, showing `part`. */
function section(text: string, part: Part): SlackBlock {
  const block: SlackBlock = { type: 'section', text: plain(text) }
  SECTION_PART.set(block, part)
  return block
}

/** A section block with one bold label of ours: the only mrkdwn in a rendering besides the footer. */
const label = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(`*${text}*`) })

function render(digest: Digest, title: string | null): SlackMessage {
  const blocks: SlackBlock[] = []
  if (title) blocks.push({ type: 'header', text: { type: 'plain_text', text: title, emoji: true } })
  if (digest.byline) blocks.push({ type: 'context', elements: [plain(digest.byline)] })
  const summary = digest.sentences.map((s) => s.text).join(' ')
  // Slack refuses an empty text object; a tight `maxWords` can leave the summary empty.
  if (summary) blocks.push(section(summary, 'sentences'))
  if (digest.keyPoints.length)
    blocks.push(label('Key points'), section(digest.keyPoints.map((k) => `• ${k.text}`).join('\n'), 'keyPoints'))
  if (digest.quotes.length) blocks.push(label('Quotes'), section(digest.quotes.map(quoteLine).join('\n'), 'quotes'))
  const details = entityGroups(digest.entities).map((g) => `${g.label}: ${g.names.join(', ')}`)
  if (digest.acronyms.length) details.push(`Acronyms: ${digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', ')}`)
  if (digest.keywords.length) details.push(`Keywords: ${digest.keywords.join(', ')}`)
  if (details.length) blocks.push(section(details.join('\n'), 'details'))
  blocks.push({ type: 'context', elements: [mrkdwn(`Summarized by pressbrief ${e(digest.version)}`)] })
  // The fallback shows in notifications and in clients without Block Kit: the title and the summary. `text` is
  // always mrkdwn, so here the article text is escaped (a stray `*` can still embolden, but only in the fallback).
  // The title is not wrapped in `*…*`: a `*` of its own would pair with ours and bold the wrong words.
  const text = [title && e(title), e(summary)].filter(Boolean).join('\n') || 'Summary'
  return { text, blocks, unfurl_links: false, unfurl_media: false }
}

/** The parts over their limits: a section is its content's, the fallback text the summary's; the block count, all. */
function fits(message: SlackMessage): Part[] {
  const over: Part[] = []
  if (message.text.length > SLACK_LIMITS.text) over.push('sentences')
  if (message.blocks.length > SLACK_LIMITS.blocks) over.push('all')
  for (const b of message.blocks) {
    // The header is cut to its limit before rendering; a context block holds the byline (cut too) or fixed text.
    if (b.type === 'section' && b.text.text.length > SLACK_LIMITS.section) over.push(SECTION_PART.get(b) ?? 'all')
  }
  return over
}

/**
 * Renders `digest` as a Slack message. Article text goes in plain_text objects as written (escaped for mrkdwn only
 * in the fallback `text`); the title is cut at a word to the header's 150 characters; then items are dropped, least
 * important first, until every block fits.
 */
export function renderSlack(digest: Digest): FitResult<SlackMessage> {
  const title = digest.title && cutEscaped(digest.title, SLACK_LIMITS.header)
  const byline = digest.byline && cutEscaped(digest.byline, SLACK_LIMITS.context)
  const fitted = fitDigest({ ...digest, byline }, { render: (d) => render(d, title), fits })
  if (title !== digest.title || byline !== digest.byline) fitted.dropped.cut = true
  return fitted
}
