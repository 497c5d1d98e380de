// Escaping of article text for each output syntax: the only place where user text meets markup.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** HTML text and attribute values: `& < > " '` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!)
}

/**
 * Telegram's HTML parse mode knows only `&lt; &gt; &amp; &quot;` (and numeric references), so `'` stays as typed.
 * Source: https://core.telegram.org/bots/api#html-style
 */
export function escapeTelegram(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML[c]!)
}

/**
 * Slack mrkdwn (never plain_text, which is shown as typed): `&`, `<` and `>` are control characters and are the only
 * ones to encode; encoding more would show the entity literally. `*`, `_`, `~` and backticks have no escape in
 * mrkdwn, which is why the Slack renderer keeps article text out of mrkdwn except in the notification fallback.
 * Source: https://docs.slack.dev/messaging/formatting-message-text#escaping
 */
export function escapeSlack(text: string): string {
  return text.replace(/[&<>]/g, (c) => HTML[c]!)
}

/**
 * Discord markdown: a backslash before every character that can open formatting anywhere in a line (`\ * _ ~ | [ ] <`
 * and backticks) keeps `**bold**`, `||spoilers||`, `[masked](links)` and `<@mentions>` literal; the ones that act
 * only at the start of a line (`#`, `>`, `-`, `+`, a `1.` list number) are escaped there. Backslash escapes any
 * ASCII punctuation in Discord, so the text reads the same with none of its formatting.
 * Source: https://support.discord.com/hc/en-us/articles/210298617-Markdown-Text-101-Chat-Formatting-Bold-Italic-Underline
 */
export function escapeDiscord(text: string): string {
  const inline = text.replace(/[\\*_~|[\]<`]/g, (c) => `\\${c}`)
  return inline.replace(/^([#>+-])/, '\\$1').replace(/^(\d{1,9})\./, '$1\\.')
}

/**
 * CommonMark inline text (https://spec.commonmark.org/0.31.2/#backslash-escapes): every ASCII punctuation that
 * can open a construct anywhere in a line is escaped; the ones that matter only at the start of a line (`#`, `>`,
 * `+`, `-`, `=`, an ordered-list number) are escaped there. The text has no line breaks (digest text is folded).
 */
export function escapeMarkdown(text: string): string {
  const inline = text.replace(/[\\`*_[\]<>&~|!]/g, (c) => `\\${c}`)
  return inline.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2')
}
