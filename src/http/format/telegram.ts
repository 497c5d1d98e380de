// Telegram: a `sendMessage` body in HTML parse mode, using only the tags Telegram allows, fitted to 4,096 characters.
import { entityGroups, quoteLine, type Digest } from './digest.js'
import { escapeTelegram } from './escape.js'
import { fitMessage, type FitResult, type Part } from './fit.js'

/**
 * Telegram's limit: `text` is 1–4,096 characters after entity parsing, i.e. as the reader sees it, tags removed and
 * entities decoded (measured here in UTF-16 units, which never undercount).
 * Source: https://core.telegram.org/bots/api#sendmessage and https://core.telegram.org/bots/api#html-style
 */
export const TELEGRAM_LIMITS = { text: 4096 } as const


/** The tags Telegram's HTML mode accepts (https://core.telegram.org/bots/api#html-style); this renderer uses b, i, blockquote. */
export const TELEGRAM_TAGS = [
  'b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote',
  'tg-emoji',
] as const

/** The body to POST to `https://api.telegram.org/bot<token>/sendMessage`, once the bot adds `chat_id`. */
export interface TelegramMessage {
  text: string
  parse_mode: 'HTML'
  link_preview_options: { is_disabled: true }
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' }

/** The text as Telegram shows it: tags removed, the four entities decoded. */
export function telegramVisibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(?:lt|gt|amp|quot);/g, (m) => ENTITIES[m]!)
}

/** `telegramVisibleText(html).length`, counted in one pass: the fitter measures every rendering it tries. */
export function telegramVisibleLength(html: string): number {
  let n = 0
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i)
    if (c === 60) {
      const close = html.indexOf('>', i)
      if (close >= 0) {
        i = close
        continue
      }
    } else if (c === 38) {
      const semi = html.indexOf(';', i)
      if (semi > i && semi <= i + 5 && ENTITIES[html.slice(i, semi + 1)] !== undefined) i = semi
    }
    n++
  }
  return n
}

function render(digest: Digest, e: (text: string) => string): TelegramMessage {
  const blocks: string[] = []
  const head = [digest.title && `<b>${e(digest.title)}</b>`, digest.byline && `<i>${e(digest.byline)}</i>`]
  if (head.some(Boolean)) blocks.push(head.filter(Boolean).join('\n'))
  const summary = digest.sentences.map((s) => e(s.text)).join(' ')
  if (summary) blocks.push(summary)
  if (digest.keyPoints.length) blocks.push(['<b>Key points</b>', ...digest.keyPoints.map((k) => `• ${e(k.text)}`)].join('\n'))
  if (digest.quotes.length)
    blocks.push(['<b>Quotes</b>', ...digest.quotes.map((q) => `<blockquote>${e(quoteLine(q))}</blockquote>`)].join('\n'))
  const details = entityGroups(digest.entities).map((g) => `<b>${g.label}:</b> ${e(g.names.join(', '))}`)
  if (digest.acronyms.length) details.push(`<b>Acronyms:</b> ${e(digest.acronyms.map((a) => `${a.short} (${a.long})`).join(', '))}`)
  if (digest.keywords.length) details.push(`<b>Keywords:</b> ${e(digest.keywords.join(', '))}`)
  if (details.length) blocks.push(details.join('\n'))
  // Telegram refuses an empty text.
  const text = blocks.join('\n\n') || 'Summary'
  return { text, parse_mode: 'HTML', link_preview_options: { is_disabled: true } }
}

// One limit, on the whole message.
const fits = (message: TelegramMessage): Part[] => (telegramVisibleLength(message.text) <= TELEGRAM_LIMITS.text ? [] : ['all'])

/**
 * Renders `digest` as a Telegram message: the title in bold, the summary, the key points as bullets, the quotes as
 * block quotes, then entities and keywords. Article text is escaped with the four entities Telegram knows and kept
 * from forming mentions, hashtags, cashtags or commands (`escapeTelegram`); items are dropped, least important
 * first, until the visible text has at most 4,096 characters.
 */
export function renderTelegram(digest: Digest): FitResult<TelegramMessage> {
  return fitMessage(digest, { render, fits, escape: escapeTelegram })
}
