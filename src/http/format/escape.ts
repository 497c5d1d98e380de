// Escaping of article text for each output syntax: the only place where user text meets markup.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** HTML text and attribute values: `& < > " '` become character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML[c]!)
}

// Telegram finds entities in plain text by itself, whatever the parse mode: `@username` (a mention, which notifies
// that user in a group), `#hashtag`, `$CASHTAG` and `/command` (https://core.telegram.org/bots/api#messageentity).
// Article text must not ping anyone or read as a command, so a WORD JOINER (U+2060, invisible, no width) goes after
// each of those marks where an entity would start: the text reads the same and no entity can form. Where one starts
// follows Telegram's own matcher (tdlib, `match_mentions`, `match_hashtags`, `match_bot_commands`): after anything
// but a word character (and for a command, `/`, `<` or `>`), so `press@example.com` and `page#top` are left alone.
// It runs on the text before escaping, so a quotation mark is still `"`, not `&quot;`.
const AUTO_ENTITY = /(?<![\p{L}\p{N}_])(?:[@#](?=[\p{L}\p{N}_])|\$(?=[A-Za-z]))|(?<![\p{L}\p{N}_/<>])\/(?=[A-Za-z0-9_])/gu

/**
 * Article text for Telegram's HTML parse mode: unable to form a mention, tag or command (`AUTO_ENTITY`), then escaped
 * with the only references that mode knows, `&lt; &gt; &amp; &quot;` (and numeric ones), so `'` stays as typed.
 * Source: https://core.telegram.org/bots/api#html-style
 */
export function escapeTelegram(text: string): string {
  return text.replace(AUTO_ENTITY, '$&\u2060').replace(/[&<>"]/g, (c) => HTML[c]!)
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

/**
 * Adaptive Card markdown: TextBlock text and FactSet titles and values are markdown in Teams (bold, italic, lists,
 * `[links](url)`), and Teams' current renderers follow CommonMark (md4c in the shared model), where a backslash
 * makes any ASCII punctuation literal and is removed. So every character that can open a construct anywhere in a
 * line gets one: `\ * _ [ ] ( ) < > & ~ | !` and backticks. `(` and `)` are escaped too because the older shared
 * parser ignores a backslash before `[` and forms a link from any `](`; `\(` breaks that pair. Escaping `<` and `>`
 * leaves no `<at>` tag in the text: a mention needs `msteams.entities` as well, which no rendering carries. `#`,
 * `+`, `-`, `=` and a `1.` list number act only at the start of a line (each item is escaped on its own, so its
 * start is one) and are escaped there. Removing the backslashes gives the text back.
 * Sources: https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format,
 * https://spec.commonmark.org/0.31.2/#backslash-escapes; older Teams mobile clients showed the backslashes
 * (github.com/microsoft/AdaptiveCards issues 5590, 7474): a stray `\` on them beats formatting made by an article.
 */
export function escapeTeams(text: string): string {
  const inline = text.replace(/[\\`*_[\]()<>&~|!]/g, '\\$&')
  return inline.replace(/^([#+=-])/, '\\$1').replace(/^(\d{1,9})\./, '$1\\.')
}
