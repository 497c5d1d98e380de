// Property tests of the renderers with hostile text: every platform's limits, its escaping, and what fitting drops.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RenderableResult } from '../../src/http/format/index.js'
import { renderResult } from '../../src/http/format/index.js'
import { clean, toDigest } from '../../src/http/format/digest.js'
import { DISCORD_LIMITS, embedLength, renderDiscord, type DiscordMessage } from '../../src/http/format/discord.js'
import { escapeDiscord, escapeMarkdown, escapeSlack, escapeTeams } from '../../src/http/format/escape.js'
import { cutAtWord } from '../../src/http/format/cut.js'
import { fitDigest, NOTHING_DROPPED, shrink, type Part } from '../../src/http/format/fit.js'
import { SLACK_LIMITS, renderSlack } from '../../src/http/format/slack.js'
import { TEAMS_LIMITS, renderTeams, type TeamsTextBlock } from '../../src/http/format/teams.js'
import { TELEGRAM_LIMITS, renderTelegram, telegramVisibleLength, telegramVisibleText } from '../../src/http/format/telegram.js'

// Pieces that break naive renderers: markup, entities, chat syntax, Telegram's MarkdownV2 reserved characters,
// emoji sequences, combining marks, right-to-left scripts and bidi overrides, control characters.
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '&lt;b&gt;', '&#39;', '&', '<', '>', '"', "'",
  '*_~|', '**bold**', '__u__', '~~s~~', '||spoiler||', '`code`', '```', '<!channel>', '<!here>', '<@U123>', '@everyone',
  '<at>Adele</at>', '[link](https://example.com)', '# heading', '> quote', '- item', '+ item', '1. item', '2) item', '=', '\\', '\\*',
  '_*[]()~`>#+-=|{}.!', '👩‍👩‍👧‍👦', '🇬🇹', '👍🏽', 'é', 'e\u0301', 'שלום עולם', 'مرحبا بالعالم', '\u202Eevil\u202C',
  '\u2067isolated\u2069', '\u200Fmark', '\u0000\u0007\u001B', '\uD800', 'U.S.', ':smile:', '<t:0:R>', '\n\n', '\t',
]

/** Text made of hostile pieces and random Unicode, sometimes one enormous word. */
const hostileText = (maxPieces: number) =>
  fc
    .tuple(
      fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), {
        minLength: 1,
        maxLength: maxPieces,
      }),
      fc.constantFrom(0, 0, 0, 1, 40, 400),
    )
    .map(([pieces, long]) => `${pieces.join(' ')}${long ? ` ${'x'.repeat(long * 10)}` : ''}`)

/** A result whose every text is hostile; sentence `r` starts with the marker `S<r>§` so a test can find it. */
const resultArb = fc
  .record({
    title: fc.option(hostileText(20), { nil: null }),
    sentences: fc.array(fc.tuple(hostileText(120), fc.nat()), { minLength: 1, maxLength: 12 }),
    keyPoints: fc.array(hostileText(40), { maxLength: 10 }),
    quotes: fc.option(fc.array(fc.tuple(hostileText(40), fc.option(hostileText(3), { nil: null })), { maxLength: 6 }), { nil: undefined }),
    people: fc.array(hostileText(3), { maxLength: 12 }),
    keywords: fc.array(hostileText(3), { maxLength: 25 }),
  })
  .map(({ title, sentences, keyPoints, quotes, people, keywords }): RenderableResult => {
    // Ranks: a permutation of 1..n, by the random keys.
    const order = sentences.map(([, key], i) => ({ key, i })).sort((a, b) => a.key - b.key || a.i - b.i)
    const rank = new Map(order.map((o, r) => [o.i, r + 1]))
    let offset = 0
    return {
      id: 'f'.repeat(64),
      version: '1.0.0',
      title,
      language: 'en',
      summary: '',
      sentences: sentences.map(([text], i) => {
        const t = `S${rank.get(i)}§ ${text}`
        const s = { text: t, index: i, score: 1, rank: rank.get(i)!, start: offset, end: offset + t.length }
        offset += t.length + 1
        return s
      }),
      keyPoints: keyPoints.map((text, i) => ({ text, sentenceIndex: i % 3 === 0 ? i : 1000 + i, start: 0, end: 0 })),
      keywords: keywords.map((text) => ({ text, score: 1 })),
      stats: { characters: offset, words: 1, sentences: sentences.length, paragraphs: 1, readingTimeMinutes: 1 },
      truncated: false,
      ...(quotes ? { quotes: quotes.map(([text, speaker]) => ({ text, speaker, sentenceIndex: 0, start: 0, end: 0 })) } : {}),
      entities: { people: people.map((text) => ({ text, count: 1 })) },
    }
  })

const RUNS = { numRuns: 60 }

/**
 * Whether `shown` is `all` with some items left out, in its order. (Filtering `all` by `shown.includes` failed when two
 * key points read the same and one of them was dropped.)
 */
function inOrder(shown: readonly string[], all: readonly string[]): boolean {
  let at = 0
  for (const item of all) if (at < shown.length && shown[at] === item) at++
  return at === shown.length
}
const BIDI = /[\u202A-\u202E\u2066-\u2069]/
const wellFormed = (s: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s)

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(strings)
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings)
  return []
}

/** Whether `s` has a character from `specials` with no backslash before it. */
function hasUnescaped(s: string, specials: RegExp): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++
    else if (specials.test(s[i]!)) return true
  }
  return false
}

/** Asserts that `escape` only adds backslashes: removing each one gives any hostile text back. */
function roundTrips(escape: (text: string) => string): void {
  fc.assert(
    fc.property(hostileText(20).map(clean), (text) => {
      expect(escape(text).replace(/\\(.)/gsu, '$1')).toBe(text)
    }),
  )
}

/** The markers of the sentences a rendering kept. */
const keptRanks = (text: string) => [...text.matchAll(/S(\d+)§/g)].map((m) => Number(m[1])).sort((a, b) => a - b)

describe('format/fit', () => {
  it('cuts at a word boundary, or between graphemes inside one long word, and never overshoots', () => {
    fc.assert(
      fc.property(hostileText(30).map(clean), fc.integer({ min: 1, max: 300 }), (text, max) => {
        const cut = cutAtWord(text, max)
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, 0))
        if (cut === text) return
        expect(cut.endsWith('…')).toBe(true)
        const head = cut.slice(0, -1)
        expect(text.startsWith(head)).toBe(true)
        expect(wellFormed(head)).toBe(true)
        const boundaries = new Set([...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map((g) => g.index))
        expect(boundaries.has(head.length) || head.length === text.length).toBe(true)
        // A word is cut only when no space leaves room for a whole word.
        if (text.slice(0, max).includes(' ') && head.length > 0) expect(text[head.length]).toBe(' ')
      }),
      { numRuns: 300 },
    )
  })
})

describe('format/slack', () => {
  it('stays within Slack limits, keeps article text in plain_text and escapes &, < and > in mrkdwn', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { output, dropped } = renderSlack(toDigest(result))
        expect(output.text.length).toBeLessThanOrEqual(SLACK_LIMITS.text)
        expect(output.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks)
        for (const block of output.blocks) {
          if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.header)
          if (block.type === 'section') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.section)
        }
        for (const s of strings(output)) {
          expect(s).not.toMatch(BIDI)
          expect(wellFormed(s)).toBe(true)
        }
        const objects = output.blocks.flatMap((b) => ('text' in b ? [b.text] : 'elements' in b ? b.elements : []))
        // mrkdwn holds our labels and footer only; the fallback, the one mrkdwn with article text, is escaped.
        for (const o of objects.filter((t) => t.type === 'mrkdwn'))
          expect(o.text).toMatch(/^\*[A-Z][a-z ]+\*$|^Summarized by pressbrief [\w.-]+$/)
        expect(output.text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/)
        // plain_text shows article text as written: the key points' lines are theirs, unescaped.
        const digest = toDigest(result)
        const points = objects.find((t) => t.type === 'plain_text' && t.text.startsWith('• '))
        const shown = points ? points.text.split('\n') : []
        expect(inOrder(shown, digest.keyPoints.map((k) => `• ${k.text}`))).toBe(true)
        expect(shown.length).toBe(digest.keyPoints.length - dropped.keyPoints)
        // The best sentences stay, the worst go: the kept ones are ranks 1..k.
        const summary = output.blocks.find((b) => b.type === 'section')
        const kept = keptRanks(summary && 'text' in summary ? summary.text.text : '')
        expect(kept).toEqual(kept.map((_, i) => i + 1))
        expect(kept.length).toBe(result.sentences.length - dropped.sentences)
      }),
      RUNS,
    )
  })

  it('escapes only the three control characters', () => {
    expect(escapeSlack('<!channel> & <b>*_~|</b> &amp;')).toBe('&lt;!channel&gt; &amp; &lt;b&gt;*_~|&lt;/b&gt; &amp;amp;')
  })
})

describe('format/discord', () => {
  const check = (output: DiscordMessage) => {
    const [embed] = output.embeds
    expect(output.allowed_mentions).toEqual({ parse: [] })
    expect(embed.title?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.title)
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description)
    expect(embed.fields.length).toBeLessThanOrEqual(DISCORD_LIMITS.fields)
    for (const f of embed.fields) {
      expect(f.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldName)
      expect(f.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue)
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.total)
    // Article text: no formatting character without its backslash, once our own line prefixes are taken off.
    const lines = [embed.title ?? '', embed.description ?? '', ...embed.fields.map((f) => f.value)]
      .flatMap((t) => t.split('\n'))
      .map((line) => line.replace(/^(• |> )/, ''))
    for (const line of lines) {
      expect(hasUnescaped(line, /[*_~|[\]<`]/)).toBe(false)
      expect(line).not.toMatch(/^(?:[#>+-]|\d+\.)/)
      expect(line).not.toMatch(BIDI)
      expect(wellFormed(line)).toBe(true)
    }
  }

  it('stays within embed limits, switches mentions off and escapes Discord markdown', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { output, dropped } = renderDiscord(toDigest(result))
        check(output)
        const kept = keptRanks(output.embeds[0].description ?? '')
        expect(kept).toEqual(kept.map((_, i) => i + 1))
        expect(kept.length).toBe(result.sentences.length - dropped.sentences)
      }),
      RUNS,
    )
  })

  it('escapes so that removing the backslashes gives the text back', () => roundTrips(escapeDiscord))
})

// Where Telegram's own matcher (tdlib) starts a mention, hashtag, cashtag or bot command in plain text.
const TELEGRAM_ENTITY = /(?<![\p{L}\p{N}_])(?:[@#][\p{L}\p{N}_]|\$[A-Za-z])|(?<![\p{L}\p{N}_/<>])\/[A-Za-z0-9_]/u

describe('format/telegram', () => {
  it('stays within 4,096 visible characters, uses only allowed tags and the four entities', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { output, dropped } = renderTelegram(toDigest(result))
        expect(output.parse_mode).toBe('HTML')
        const visible = telegramVisibleText(output.text)
        expect(telegramVisibleLength(output.text)).toBe(visible.length)
        expect(visible.length).toBeGreaterThan(0)
        expect(visible.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.text)
        // Every < opens or closes an allowed tag, and the tags nest.
        const stack: string[] = []
        for (const m of output.text.matchAll(/<[^>]*>?/g)) {
          const tag = /^<(\/?)(b|i|blockquote)>$/.exec(m[0])
          expect(tag, m[0]).not.toBeNull()
          if (tag![1]) expect(stack.pop()).toBe(tag![2])
          else stack.push(tag![2]!)
        }
        expect(stack).toEqual([])
        expect(output.text).not.toMatch(/&(?!lt;|gt;|amp;|quot;)/)
        expect(output.text).not.toMatch(BIDI)
        // No mention, hashtag, cashtag or bot command can form in article text (Telegram detects them itself, by
        // tdlib's rules: after anything but a word character, and for a command `/`, `<` or `>`).
        expect(visible).not.toMatch(TELEGRAM_ENTITY)
        expect(wellFormed(output.text)).toBe(true)
        const kept = keptRanks(visible)
        expect(kept).toEqual(kept.map((_, i) => i + 1))
        expect(kept.length).toBe(result.sentences.length - dropped.sentences)
      }),
      RUNS,
    )
  })
})

describe('format/teams', () => {
  it('stays within 27,000 bytes, carries no entities and escapes Adaptive Card markdown', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const { output, dropped } = renderTeams(toDigest(result))
        const json = JSON.stringify(output)
        expect(new TextEncoder().encode(json).length).toBeLessThanOrEqual(TEAMS_LIMITS.bytes)
        expect(json).not.toContain('"entities"')
        expect(json).not.toMatch(/<at>/i)
        const { body, msteams } = output.attachments[0].content
        expect(msteams).toEqual({ width: 'Full' })
        const blocks = body.flatMap((b): TeamsTextBlock[] => (b.type === 'Container' ? b.items : b.type === 'TextBlock' ? [b] : []))
        const facts = body.flatMap((b) => (b.type === 'FactSet' ? b.facts.map((f) => f.value) : []))
        // Article text: no markdown character without its backslash, once our list markers are taken off.
        const lines = [...blocks.map((b) => b.text), ...facts].flatMap((t) => t.split('\n')).map((l) => l.replace(/^- /, ''))
        for (const line of lines) {
          expect(hasUnescaped(line, /[`*_[\]()<>&~|!]/)).toBe(false)
          expect(line).not.toMatch(/^(?:[#>+=-]|\d{1,9}\.)/)
          expect(line).not.toMatch(BIDI)
          expect(wellFormed(line)).toBe(true)
        }
        const digest = toDigest(result)
        const points = blocks.find((b) => b.text.startsWith('- '))
        const shown = points ? points.text.split('\n') : []
        expect(inOrder(shown, digest.keyPoints.map((k) => `- ${escapeTeams(k.text)}`))).toBe(true)
        expect(shown.length).toBe(digest.keyPoints.length - dropped.keyPoints)
        const kept = keptRanks(blocks.map((b) => b.text).join('\n'))
        expect(kept).toEqual(kept.map((_, i) => i + 1))
        expect(kept.length).toBe(result.sentences.length - dropped.sentences)
      }),
      RUNS,
    )
  })

  it('escapes so that removing the backslashes gives the text back', () => roundTrips(escapeTeams))
})

describe('format/documents', () => {
  it('markdown: article text can open no construct, and unescaping gives it back', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const md = renderResult(result, 'markdown').body
        const digest = toDigest(result)
        for (const k of digest.keyPoints) expect(md).toContain(`\n- ${escapeMarkdown(k.text)}\n`)
        const user = md
          .split('\n')
          .filter((l) => l && l !== '**Key points**' && l !== '**Quotes**')
          // A detail line ends in a hard break: one backslash more than the escaped ones before it.
          .map((l) => (/^\*\*[A-Za-z]+:\*\* /.test(l) ? l.replace(/^\*\*[A-Za-z]+:\*\* /, '').replace(/(?<!\\)((?:\\\\)*)\\$/, '$1') : l))
          .map((l) => l.replace(/^(- |> )/, ''))
          .map((l) => (/^\*\*.*\*\*$/.test(l) ? l.slice(2, -2) : l))
        for (const line of user) {
          expect(hasUnescaped(line, /[`*_[\]<>&~|!]/)).toBe(false)
          expect(line).not.toMatch(/^(?:[#>+=-]|\d{1,9}[.)])/)
        }
        const summary = digest.sentences.map((s) => s.text).join(' ')
        expect(user).toContain(escapeMarkdown(summary))
        expect(escapeMarkdown(summary).replace(/\\([!-/:-@[-`{-~])/g, '$1')).toBe(summary)
      }),
      RUNS,
    )
  })

  it('html: only our elements and attributes, and the text comes back exactly', async () => {
    const allowed = new Set(['article', 'h2', 'h3', 'p', 'ul', 'li', 'blockquote', 'dl', 'dt', 'dd'])
    await fc.assert(
      fc.asyncProperty(resultArb, async (result) => {
        const html = renderResult(result, 'html').body
        const elements: string[] = []
        const attributes: string[] = []
        let summary = ''
        await new HTMLRewriter()
          .on('*', {
            element(el) {
              elements.push(el.tagName)
              for (const [name] of el.attributes as unknown as Iterable<[string, string]>) attributes.push(name!)
            },
          })
          .on('p.pressbrief-summary', { text: (t) => void (summary += t.text) })
          .transform(new Response(html))
          .text()
        for (const el of elements) expect(allowed.has(el), el).toBe(true)
        for (const a of attributes) expect(['class', 'dir']).toContain(a)
        const decoded = summary.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!)
        expect(decoded).toBe(toDigest(result).sentences.map((s) => s.text).join(' '))
      }),
      { numRuns: 30 },
    )
  })

  it('text: the article text as written, minus invisible controls', () => {
    fc.assert(
      fc.property(resultArb, (result) => {
        const text = renderResult(result, 'text').body
        for (const s of toDigest(result).sentences) expect(text).toContain(s.text)
        expect(text).not.toMatch(BIDI)
        expect(text).toMatch(/[\u0590-\u05FF\u0600-\u06FF]|^(?![\s\S]*(?:שלום|مرحبا))/)
      }),
      RUNS,
    )
  })
})

describe('format/index', () => {
  // Twelve long sentences and ten long key points: more than any chat platform takes.
  const big: RenderableResult = {
    version: '1.0.0',
    title: `A headline ${'very '.repeat(80)}long`,
    language: 'en',
    summary: '',
    sentences: Array.from({ length: 12 }, (_, i) => {
      const text = `S${12 - i}§ ${'Word & <word> '.repeat(60)}end.`
      return { text, index: i, score: 1, rank: 12 - i, start: i * 1000, end: i * 1000 + text.length }
    }),
    keyPoints: Array.from({ length: 10 }, (_, i) => ({ text: `Point ${i} ${'detail '.repeat(40)}`, sentenceIndex: 100 + i, start: 0, end: 0 })),
    keywords: [{ text: 'alpha', score: 1 }],
    stats: { characters: 12000, words: 2000, sentences: 12, paragraphs: 12, readingTimeMinutes: 9 },
    truncated: false,
  }

  it('drops key points before sentences of better rank when the whole message is over, keeps the best sentence, and reports it', () => {
    // Telegram's 4,096-character message is a limit on the whole.
    const { dropped } = renderResult(big, 'telegram')
    expect(dropped.keywords).toBe(1)
    // Key points not cut from a summary sentence rank after all sentences, so they go first.
    expect(dropped.keyPoints).toBe(10)
    expect(dropped.sentences).toBeGreaterThan(0)
    expect(dropped.sentences).toBeLessThan(12)
  })

  it('judges the Discord embed as a whole only once its description and fields are within their own limits', () => {
    // The description (4,096) and the key points' field (1,024) shrink to their limits; the embed then holds 6,000
    // characters with room for a key point or two and the keyword, which stay.
    const { dropped } = renderResult(big, 'discord')
    expect(dropped.keywords).toBe(0)
    expect(dropped.keyPoints).toBeGreaterThan(0)
    expect(dropped.keyPoints).toBeLessThan(10)
    expect(dropped.sentences).toBeGreaterThan(0)
    expect(dropped.sentences).toBeLessThan(12)
  })

  it('shrinks only the Slack section that is over its limit', () => {
    // The summary's section is over 3,000 characters; the key points' and the keywords' sections are not.
    const slack = renderSlack(toDigest(big))
    expect(slack.dropped).toMatchObject({ keyPoints: 0, keywords: 0 })
    expect(slack.dropped.sentences).toBeGreaterThan(0)
    expect(slack.dropped.sentences).toBeLessThan(12)
    expect(slack.dropped.cut).toBe(true) // the 400-character title was cut to 150 at a word
    const header = slack.output.blocks[0]!
    expect(header.type === 'header' && header.text.text).toMatch(/^A headline (very )+very…$/)
  })

  it('shrinks only the Discord field that is over its limit when the embed has room', () => {
    // Three short sentences and ten key points of about 200 characters: the key points' field (1,024) is over, the
    // embed (6,000) is not, so no sentence and no keyword has to go.
    const crowded: RenderableResult = {
      ...big,
      title: 'A short headline',
      sentences: big.sentences.slice(0, 3).map((s, i) => ({ ...s, text: `Sentence ${i} is short.`, rank: i + 1 })),
      keyPoints: Array.from({ length: 10 }, (_, i) => ({ text: `Point ${i} ${'detail '.repeat(28)}`, sentenceIndex: 100 + i, start: 0, end: 0 })),
      keywords: ['alpha', 'beta', 'gamma'].map((text) => ({ text, score: 1 })),
    }
    const { output, dropped } = renderDiscord(toDigest(crowded))
    expect(dropped).toMatchObject({ sentences: 0, keywords: 0, cut: false })
    expect(dropped.keyPoints).toBeGreaterThan(0)
    const points = output.embeds[0].fields.find((f) => f.name === 'Key points')!
    expect(points.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue)
    expect(points.value.split('\n')).toHaveLength(10 - dropped.keyPoints)
  })

  it('leaves documents whole', () => {
    for (const format of ['markdown', 'text', 'html'] as const) {
      const { body, dropped } = renderResult(big, format)
      expect(dropped.sentences + dropped.keyPoints + dropped.keywords).toBe(0)
      expect(keptRanks(body)).toHaveLength(12)
    }
  })
})

describe('format/fit', () => {
  it('finds by bisection the same rendering as dropping one item at a time, for any limit on the whole message', () => {
    // The rendering is the digest's items joined; the limit on its whole length is arbitrary.
    const render = (d: ReturnType<typeof toDigest>) =>
      [d.title ?? '', ...d.sentences.map((s) => s.text), ...d.keyPoints.map((k) => k.text), ...d.quotes.map((q) => q.text),
        ...Object.values(d.entities).flat(), ...d.acronyms.map((a) => a.short), ...d.keywords].join('\n')
    fc.assert(
      fc.property(resultArb, fc.nat(3000), (result, limit) => {
        const fits = (out: string): Part[] => (out.length > limit ? ['all'] : [])
        const digest = toDigest(result)
        // The reference: one item at a time, as the fitter did before it bisected.
        const dropped = { ...NOTHING_DROPPED }
        let current = digest
        let next: typeof digest | null = digest
        while (fits(render(current)).length && (next = shrink(current, dropped, new Set<Part>(['all'])))) current = next
        if (fits(render(current)).length) return // only a cut of the last sentence fits: a separate path
        expect(fitDigest(digest, { render, fits })).toEqual({ output: render(current), dropped })
      }),
      RUNS,
    )
  })
})
