// The hostile-input catalogue: each case goes through the real Worker and gets its documented status (docs/security.md).
import { env, exports } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { app } from '../../src/http/app.js'
import type { ProblemSlug } from '../../src/http/problem.js'
import { BASE } from '../helpers/app.js'
import type { ProblemBody } from '../helpers/problem.js'

/** One catalogue entry: what is sent and what must come back. */
interface HostileCase {
  name: string
  send: () => Promise<Response>
  status: number
  /** The problem type of a 4xx. */
  slug?: ProblemSlug
  /** A field the problem's `errors` must name (`/sentences`). */
  errorPath?: string
  /** For a 200: the text the offsets index — what was sent, or `extracted` for an HTML request. */
  source?: string | 'extracted'
  check?: (body: Result) => void
}

interface Result {
  id: string
  language: string
  summary: string
  sentences: { text: string; start: number; end: number }[]
  keyPoints: { text: string; start: number; end: number; sentenceIndex: number }[]
  keywords: { text: string }[]
  quotes?: { text: string; start: number; end: number }[]
  stats: { sentences: number }
  truncated: boolean
  extractedText?: string
}

const LIMIT = 262144 // MAX_BODY_BYTES in wrangler.toml
const ARTICLE =
  'The city council approved the new budget on Monday after a long debate. It funds three schools, a library and ' +
  'road repairs across the northern district. The mayor said work would start in May and finish within two years.'
const encoder = new TextEncoder()

// ——— Ways of sending ———

function send(init: RequestInit, path = '/v1/summarize'): Promise<Response> {
  return exports.default.fetch(`${BASE}${path}`, init)
}

/** A JSON request: `body` is sent as is when it is a string, serialized otherwise. */
function json(body: unknown, contentType = 'application/json'): () => Promise<Response> {
  return () =>
    send({ method: 'POST', headers: { 'Content-Type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) })
}

function bytes(data: Uint8Array<ArrayBuffer>, contentType = 'application/json', extra: Record<string, string> = {}) {
  return () => send({ method: 'POST', headers: { 'Content-Type': contentType, ...extra }, body: data })
}

function plain(text: string | Uint8Array<ArrayBuffer>, query = ''): () => Promise<Response> {
  return () => send({ method: 'POST', headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text }, `/v1/summarize${query}`)
}

/** A body streamed in chunks, so no Content-Length is sent (chunked transfer). */
function chunked(data: Uint8Array, chunkSize: number, contentType = 'application/json'): () => Promise<Response> {
  return () => {
    let at = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= data.byteLength) return controller.close()
        controller.enqueue(data.slice(at, at + chunkSize))
        at += chunkSize
      },
    })
    return send({ method: 'POST', headers: { 'Content-Type': contentType }, body })
  }
}

/** A request through the app with vars overridden (a deployment with a smaller limit, say). */
function withVars(vars: Record<string, string>, init: RequestInit): () => Promise<Response> {
  return async () => {
    const ctx = createExecutionContext()
    const res = await app.fetch(new Request(`${BASE}/v1/summarize`, init), { ...env, ...vars }, ctx)
    await waitOnExecutionContext(ctx)
    return res
  }
}

/** A JSON body of exactly `size` bytes: the article, then filler sentences, then padding spaces inside the string. */
function jsonOfSize(size: number): Uint8Array<ArrayBuffer> {
  const frame = '{"text":""}'.length
  let text = ARTICLE
  const filler = ' Officials said the plan had wide support among residents of the district.'
  while (text.length + filler.length + frame < size * 0.6) text += filler
  return encoder.encode(`{"text":${JSON.stringify(text + ' '.repeat(size - frame - text.length))}}`)
}

const u8 = (...values: number[]) => new Uint8Array(values)
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}
const jsonBytes = (prefix: string, middle: Uint8Array, suffix: string) => concat(encoder.encode(prefix), middle, encoder.encode(suffix))

// ——— The catalogue ———

const ID = 'a'.repeat(64)
const BIG_LINES = Array.from({ length: 10_000 }, (_, i) => ['budget', 'council', 'schools', 'Monday', 'road'][i % 5]).join('\n')

const CASES: HostileCase[] = [
  // Malformed or truncated JSON: 400 malformed-json.
  { name: 'JSON truncated mid-string', send: json('{"text": "The council met on'), status: 400, slug: 'malformed-json' },
  { name: 'JSON with a trailing comma', send: json(`{"text": ${JSON.stringify(ARTICLE)},}`), status: 400, slug: 'malformed-json' },
  { name: 'JSON with single quotes', send: json("{'text': 'The council met.'}"), status: 400, slug: 'malformed-json' },
  { name: 'JSON with an unquoted key', send: json('{text: "The council met."}'), status: 400, slug: 'malformed-json' },
  { name: 'an empty JSON body', send: json(''), status: 400, slug: 'malformed-json' },
  { name: 'JSON with an invalid escape', send: json('{"text": "\\x41 council"}'), status: 400, slug: 'malformed-json' },
  { name: 'JSON truncated inside a \\u escape', send: json('{"text": "abc\\ud8'), status: 400, slug: 'malformed-json' },
  { name: 'two JSON objects back to back', send: json(`{"text": "a"}{"text": "b"}`), status: 400, slug: 'malformed-json' },
  { name: 'a raw control character inside a JSON string', send: json(`{"text": "a\u0001b ${ARTICLE}"}`), status: 400, slug: 'malformed-json' },
  { name: 'NaN as a JSON number', send: json(`{"text": ${JSON.stringify(ARTICLE)}, "sentences": NaN}`), status: 400, slug: 'malformed-json' },

  // JSON that is not an object: 422 validation-failed at `/`.
  { name: 'a JSON array', send: json([ARTICLE]), status: 422, slug: 'validation-failed', errorPath: '/' },
  { name: 'a JSON string', send: json(JSON.stringify(ARTICLE)), status: 422, slug: 'validation-failed', errorPath: '/' },
  { name: 'a JSON number', send: json('42'), status: 422, slug: 'validation-failed', errorPath: '/' },
  { name: 'JSON null', send: json('null'), status: 422, slug: 'validation-failed', errorPath: '/' },
  { name: 'JSON true', send: json('true'), status: 422, slug: 'validation-failed', errorPath: '/' },
  { name: '100,000 nested JSON arrays', send: json('['.repeat(100_000) + ']'.repeat(100_000)), status: 422, slug: 'validation-failed' },

  // A wrong type for every field: 422 naming the field.
  ...(
    [
      ['text', 123],
      ['html', ['<p>x</p>']],
      ['title', 5],
      ['language', 'xx'],
      ['sentences', '3'],
      ['bullets', 2.5],
      ['keywords', true],
      ['ratio', '0.5'],
      ['maxWords', null],
      ['maxCharacters', {}],
      ['sortBy', 'random'],
      ['explain', 'yes'],
      ['format', 'pdf'],
    ] as const
  ).map(([field, value]): HostileCase => ({
    name: `a wrong type for \`${field}\` (${JSON.stringify(value)})`,
    send: json(field === 'text' ? { text: value } : field === 'html' ? { html: value } : { text: ARTICLE, [field]: value }),
    status: 422,
    slug: 'validation-failed',
    errorPath: `/${field}`,
  })),

  // Out-of-range counts: 422 naming the field.
  ...(
    [
      ['sentences', 0],
      ['sentences', 21],
      ['bullets', 11],
      ['keywords', -1],
      ['ratio', 0],
      ['ratio', 1.5],
      ['maxWords', 4],
      ['maxCharacters', 20001],
    ] as const
  ).map(([field, value]): HostileCase => ({
    name: `\`${field}\` out of range (${value})`,
    send: json({ text: ARTICLE, [field]: value }),
    status: 422,
    slug: 'validation-failed',
    errorPath: `/${field}`,
  })),
  { name: '`sentences` of 1e400 (Infinity once parsed)', send: json(`{"text": ${JSON.stringify(ARTICLE)}, "sentences": 1e400}`), status: 422, slug: 'validation-failed', errorPath: '/sentences' },
  { name: 'a title of 1,001 characters', send: json({ text: ARTICLE, title: 't'.repeat(1001) }), status: 422, slug: 'validation-failed', errorPath: '/title' },
  {
    // The smallest budgets leave room for one short sentence only (of four words: a shorter unit is a fragment).
    name: 'every count at its inclusive bound is accepted',
    send: json({ text: `${ARTICLE} Work starts in May.`, sentences: 20, bullets: 10, keywords: 0, maxWords: 5, maxCharacters: 20 }),
    status: 200,
    source: `${ARTICLE} Work starts in May.`,
    check: (body) => {
      expect(body.keywords).toEqual([])
      expect(body.summary).toBe('Work starts in May.')
    },
  },
  {
    name: 'the smallest budgets when no sentence is that short',
    send: json({ text: ARTICLE, maxWords: 5, maxCharacters: 20 }),
    status: 422,
    slug: 'budget-too-small',
    errorPath: '/maxWords',
  },

  // Unknown fields are rejected, prototype keys included (and nothing is polluted).
  { name: 'an unknown field', send: json({ text: ARTICLE, summaryLength: 3 }), status: 422, slug: 'validation-failed' },
  {
    name: 'a `__proto__` key',
    send: json(`{"__proto__": {"polluted": true}, "text": ${JSON.stringify(ARTICLE)}}`),
    status: 422,
    slug: 'validation-failed',
  },
  { name: 'a `constructor` key', send: json({ text: ARTICLE, constructor: { prototype: 1 } }), status: 422, slug: 'validation-failed' },
  { name: 'an unknown query parameter with text/plain', send: plain(ARTICLE, '?length=3'), status: 422, slug: 'validation-failed' },

  // `text` and `html`: exactly one.
  { name: 'both `text` and `html`', send: json({ text: ARTICLE, html: `<p>${ARTICLE}</p>` }), status: 422, slug: 'validation-failed', errorPath: '/text' },
  { name: 'neither `text` nor `html`, only options', send: json({ sentences: 2 }), status: 422, slug: 'validation-failed', errorPath: '/text' },
  { name: '`text: null`', send: json({ text: null }), status: 422, slug: 'validation-failed', errorPath: '/text' },

  // The body limit, counted in bytes on the stream.
  { name: 'a JSON body of exactly the limit, with Content-Length', send: bytes(jsonOfSize(LIMIT)), status: 200, source: 'sent' },
  { name: 'a JSON body one byte over the limit, with Content-Length', send: bytes(jsonOfSize(LIMIT + 1)), status: 413, slug: 'payload-too-large' },
  { name: 'a JSON body of exactly the limit, chunked', send: chunked(jsonOfSize(LIMIT), 16 * 1024), status: 200, source: 'sent' },
  { name: 'a JSON body one byte over the limit, chunked', send: chunked(jsonOfSize(LIMIT + 1), 16 * 1024), status: 413, slug: 'payload-too-large' },
  { name: '1 MB chunked in 1 KB pieces', send: chunked(jsonOfSize(1 << 20), 1024), status: 413, slug: 'payload-too-large' },
  {
    name: 'a Content-Length that claims 100 bytes for a body over the limit',
    send: bytes(jsonOfSize(LIMIT + 1000), 'application/json', { 'Content-Length': '100' }),
    status: 413,
    slug: 'payload-too-large',
  },
  {
    name: 'a Content-Length that claims 10 MB for a small body (refused on the header)',
    send: bytes(encoder.encode(JSON.stringify({ text: ARTICLE })), 'application/json', { 'Content-Length': String(10 << 20) }),
    status: 413,
    slug: 'payload-too-large',
  },
  {
    name: 'fewer characters than the limit but more bytes (2-byte é)',
    send: json({ text: `${ARTICLE} ${'é'.repeat(LIMIT / 2)}` }),
    status: 413,
    slug: 'payload-too-large',
  },
  {
    name: 'just under and just over a smaller configured limit (4 KiB)',
    send: async () => {
      const under = await withVars({ MAX_BODY_BYTES: '4096' }, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: jsonOfSize(4096) })()
      expect(under.status).toBe(200)
      return withVars({ MAX_BODY_BYTES: '4096' }, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: jsonOfSize(4097) })()
    },
    status: 413,
    slug: 'payload-too-large',
  },

  // Content types.
  { name: 'no Content-Type', send: () => send({ method: 'POST', body: encoder.encode(JSON.stringify({ text: ARTICLE })) }), status: 415, slug: 'unsupported-media-type' },
  { name: 'multipart/form-data', send: bytes(encoder.encode(`--x\r\n\r\n${ARTICLE}\r\n--x--`), 'multipart/form-data; boundary=x'), status: 415, slug: 'unsupported-media-type' },
  { name: 'text/html (HTML goes in the `html` field)', send: bytes(encoder.encode(`<p>${ARTICLE}</p>`), 'text/html'), status: 415, slug: 'unsupported-media-type' },
  { name: 'application/jsonx', send: json({ text: ARTICLE }, 'application/jsonx'), status: 415, slug: 'unsupported-media-type' },
  { name: 'application/xml', send: bytes(encoder.encode(`<text>${ARTICLE}</text>`), 'application/xml'), status: 415, slug: 'unsupported-media-type' },
  { name: 'APPLICATION/JSON; charset=UTF-8 (case-insensitive)', send: json({ text: ARTICLE }, 'APPLICATION/JSON; charset=UTF-8'), status: 200, source: ARTICLE },
  { name: 'a +json media type', send: json({ text: ARTICLE }, 'application/vnd.api+json'), status: 200, source: ARTICLE },

  // Encodings: strict UTF-8.
  { name: 'a 0xFF byte in a JSON string', send: bytes(jsonBytes('{"text": "', u8(0xff), `${ARTICLE}"}`)), status: 400, slug: 'invalid-encoding' },
  { name: 'an overlong encoding of "/" (C0 AF)', send: bytes(jsonBytes('{"text": "', u8(0xc0, 0xaf), `${ARTICLE}"}`)), status: 400, slug: 'invalid-encoding' },
  { name: 'a UTF-8-encoded surrogate (ED A0 80)', send: bytes(jsonBytes('{"text": "', u8(0xed, 0xa0, 0x80), `${ARTICLE}"}`)), status: 400, slug: 'invalid-encoding' },
  { name: 'a multi-byte sequence cut off at the end', send: plain(concat(encoder.encode(ARTICLE), u8(0xe2, 0x82))), status: 400, slug: 'invalid-encoding' },
  {
    name: 'UTF-16LE with a BOM',
    send: bytes(new Uint8Array([0xff, 0xfe, ...[...JSON.stringify({ text: ARTICLE })].flatMap((ch) => [ch.charCodeAt(0), 0])])),
    status: 400,
    slug: 'invalid-encoding',
  },
  {
    name: 'lone surrogates written as JSON escapes',
    send: json(`{"text": "\\ud800 ${ARTICLE} \\udfff end."}`),
    status: 200,
    source: `\ud800 ${ARTICLE} \udfff end.`,
  },
  { name: 'a UTF-8 byte-order mark before the JSON', send: json(`\ufeff${JSON.stringify({ text: ARTICLE })}`), status: 200, source: ARTICLE },

  // NUL and other control characters.
  {
    name: 'NUL and C0 controls inside the text (JSON escapes)',
    send: json({ text: `\u0000The city\u0007 council approved\u001b the budget.\u0000 ${ARTICLE}` }),
    status: 200,
    source: `\u0000The city\u0007 council approved\u001b the budget.\u0000 ${ARTICLE}`,
  },
  { name: 'raw NUL bytes in a text/plain body', send: plain(`${ARTICLE}\u0000\u0000 More text follows here.`), status: 200, source: `${ARTICLE}\u0000\u0000 More text follows here.` },
  { name: 'only control characters', send: json({ text: '\u0000\u0001\u0002\u0007\u001b\u007f' }), status: 422, slug: 'nothing-to-summarize' },
  {
    name: 'bidi overrides and zero-width characters around words',
    send: json({ text: `\u202e${ARTICLE}\u202c \u200b\u200d\u2066Hidden\u2069 words here.` }),
    status: 200,
    source: `\u202e${ARTICLE}\u202c \u200b\u200d\u2066Hidden\u2069 words here.`,
  },

  // Degenerate texts.
  { name: 'whitespace of every kind only', send: json({ text: ' \t\n\r\u00a0\u2003\u3000\n\n' }), status: 422, slug: 'nothing-to-summarize' },
  { name: 'punctuation only', send: json({ text: '.,;:!?…—–-()[]{}"“”‘’«»/\\|'.repeat(20) }), status: 422, slug: 'nothing-to-summarize' },
  { name: 'numbers only', send: json({ text: '1 22 333 4.5 6,789 10% 2024-01-01 '.repeat(30) }), status: 422, slug: 'nothing-to-summarize' },
  { name: 'emoji only', send: json({ text: '😀🎉👨‍👩‍👧‍👦🇬🇹👍🏽 '.repeat(50) }), status: 422, slug: 'nothing-to-summarize' },
  {
    name: 'one very long sentence with no punctuation (20,000 words)',
    send: json({ text: 'the council discussed the budget '.repeat(4000).trim() }),
    status: 200,
    source: 'the council discussed the budget '.repeat(4000).trim(),
    check: (body) => expect(body.stats.sentences).toBe(1),
  },
  { name: 'a list of 10,000 one-word lines', send: json({ text: BIG_LINES }), status: 200, source: BIG_LINES },
  {
    name: '100,000 spaces between two sentences',
    send: json({ text: `${ARTICLE}${' '.repeat(100_000)}The end came later.` }),
    status: 200,
    source: `${ARTICLE}${' '.repeat(100_000)}The end came later.`,
  },
  { name: '100,000 capitals', send: json({ text: 'A'.repeat(100_000) }), status: 200, source: 'A'.repeat(100_000) },

  // Right-to-left and mixed scripts summarize like any text.
  {
    name: 'Arabic (right-to-left)',
    send: json({ text: 'وافق المجلس على الميزانية الجديدة يوم الاثنين. وتمول الميزانية ثلاث مدارس ومكتبة. وقال العمدة إن العمل سيبدأ في مايو.' }),
    status: 200,
    source: 'وافق المجلس على الميزانية الجديدة يوم الاثنين. وتمول الميزانية ثلاث مدارس ومكتبة. وقال العمدة إن العمل سيبدأ في مايو.',
    check: (body) => expect(body.language).toBe('und'),
  },
  {
    name: 'Hebrew with English inside',
    send: json({ text: 'המועצה אישרה את התקציב ביום שני. The budget funds three schools. ראש העיר אמר שהעבודה תתחיל במאי.' }),
    status: 200,
    source: 'המועצה אישרה את התקציב ביום שני. The budget funds three schools. ראש העיר אמר שהעבודה תתחיל במאי.',
  },
  {
    name: 'mixed scripts: Latin, Cyrillic, CJK, Devanagari, Greek',
    send: json({ text: `${ARTICLE} Совет утвердил бюджет. 市议会批准了预算。 परिषद ने बजट को मंजूरी दी। Το συμβούλιο ενέκρινε τον προϋπολογισμό.` }),
    status: 200,
    source: `${ARTICLE} Совет утвердил бюджет. 市议会批准了预算。 परिषद ने बजट को मंजूरी दी। Το συμβούλιο ενέκρινε τον προϋπολογισμό.`,
  },
  {
    name: 'characters NFC changes (Å as U+212B, decomposed é, Hangul jamo)',
    send: json({ text: `The \u212Angstr\u00f6m cafe\u0301 opened. ${ARTICLE} \u1100\u1161 ends it.` }),
    status: 200,
    source: `The \u212Angstr\u00f6m cafe\u0301 opened. ${ARTICLE} \u1100\u1161 ends it.`,
  },
  {
    name: 'stacked combining marks (zalgo)',
    send: json({ text: `T\u0301\u0302\u0303\u0304he council\u0308\u0309 met. ${ARTICLE}` }),
    status: 200,
    source: `T\u0301\u0302\u0303\u0304he council\u0308\u0309 met. ${ARTICLE}`,
  },

  // HTML: page furniture and markup tricks never reach the text.
  {
    name: 'HTML with <script>, <style>, <noscript>, <template> and <svg>',
    send: json({
      html: `<script>var secret = "Script sentence must not appear.";</script><style>p{}</style><noscript>Noscript text.</noscript><template><p>Template text.</p></template><svg><text>SVG text.</text></svg><p>${ARTICLE}</p>`,
    }),
    status: 200,
    source: 'extracted',
    check: (body) => expect(body.extractedText).not.toMatch(/Script sentence|Noscript|Template text|SVG text|p\{\}/),
  },
  {
    name: 'HTML comments and CDATA',
    send: json({ html: `<p>${ARTICLE}</p><!-- Hidden comment sentence. --><![CDATA[ CDATA sentence here. ]]><!--> <p>After.</p>` }),
    status: 200,
    source: 'extracted',
    check: (body) => expect(body.extractedText).not.toMatch(/Hidden comment|CDATA sentence/),
  },
  {
    name: 'tables nested 500 deep',
    send: json({ html: `${'<table><tr><td>'.repeat(500)}<p>${ARTICLE}</p>${'</td></tr></table>'.repeat(500)}` }),
    status: 200,
    source: 'extracted',
  },
  {
    name: '10,000 nested tags',
    send: json({ html: `${'<div>'.repeat(10_000)}<p>${ARTICLE}</p>${'</div>'.repeat(10_000)}` }),
    status: 200,
    source: 'extracted',
  },
  { name: '10,000 unclosed inline tags', send: json({ html: `${'<b><i>'.repeat(5_000)}${ARTICLE}` }), status: 200, source: 'extracted' },
  {
    name: 'HTML that is only scripts and styles',
    send: json({ html: '<script>alert("The council approved the budget.")</script><style>body{color:red}</style>' }),
    status: 422,
    slug: 'nothing-to-summarize',
  },
  {
    name: '45,000 space entities (&#32;) in a paragraph',
    send: json({ html: `<p>Start${'&#32;'.repeat(45_000)}here. ${ARTICLE}</p>` }),
    status: 200,
    source: 'extracted',
  },
  {
    name: 'invalid character references (&#0; &#xD800; &#x110000;)',
    send: json({ html: `<p>&#0; &#xD800; &#x110000; &#99999999; &bogus; ${ARTICLE}</p>` }),
    status: 200,
    source: 'extracted',
  },
  {
    name: 'a 200 KB attribute and a 200 KB comment',
    send: json({ html: `<p title="${'x'.repeat(100_000)}">${ARTICLE}</p><!--${'y'.repeat(100_000)}-->` }),
    status: 200,
    source: 'extracted',
  },
  {
    name: 'broken markup: unclosed tags, stray end tags, a tag in an attribute',
    send: json({ html: `</div></p><p<p<p><a href="><b>">${ARTICLE}<p>More <b>bold <i>text</b> here.</i></div></span>` }),
    status: 200,
    source: 'extracted',
  },
  { name: '<plaintext> turns the rest into text', send: json({ html: `<plaintext><p>${ARTICLE}` }), status: 200, source: 'extracted' },

  // Query parameters of a text/plain request are parsed strictly.
  { name: 'a negative query count', send: plain(ARTICLE, '?sentences=-1'), status: 422, slug: 'validation-failed', errorPath: '/sentences' },
  { name: 'a boolean query parameter of "yes"', send: plain(ARTICLE, '?explain=yes'), status: 422, slug: 'validation-failed', errorPath: '/explain' },
  { name: 'a ratio in exponent form, over 1', send: plain(ARTICLE, '?ratio=1e3'), status: 422, slug: 'validation-failed', errorPath: '/ratio' },
  { name: 'an unknown format in the query', send: plain(ARTICLE, '?format=pdf'), status: 422, slug: 'validation-failed', errorPath: '/format' },
  { name: 'sentences and ratio together in the query', send: plain(ARTICLE, '?sentences=2&ratio=0.5'), status: 422, slug: 'validation-failed', errorPath: '/ratio' },
  { name: 'sentences and ratio together in JSON', send: json({ text: ARTICLE, sentences: 2, ratio: 0.5 }), status: 422, slug: 'validation-failed', errorPath: '/ratio' },

  // Paths and methods.
  { name: 'path traversal in a result id', send: () => send({}, '/v1/summaries/..%2F..%2Fetc%2Fpasswd'), status: 404, slug: 'not-found' },
  { name: 'an upper-case result id', send: () => send({}, `/v1/summaries/${ID.toUpperCase()}`), status: 404, slug: 'not-found' },
  { name: 'PUT on /v1/summarize', send: () => send({ method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' }), status: 405, slug: 'method-not-allowed' },
  { name: 'DELETE on a result', send: () => send({ method: 'DELETE' }, `/v1/summaries/${ID}`), status: 405, slug: 'method-not-allowed' },
]

async function checkCase(c: HostileCase): Promise<void> {
  const res = await c.send()
  expect(res.status, c.name).toBe(c.status)
  expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/)
  if (c.status >= 400) {
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    const body = (await res.json()) as ProblemBody
    expect(body.status).toBe(c.status)
    if (c.slug) expect(body.type).toMatch(new RegExp(`/${c.slug}$`))
    expect(body.title.length).toBeGreaterThan(0)
    expect(body.detail.length).toBeGreaterThan(0)
    expect(body.requestId).toBe(res.headers.get('x-request-id'))
    if (c.errorPath) expect(body.errors?.map((e) => e.path)).toContain(c.errorPath)
    return
  }
  expect(res.headers.get('content-type')).toMatch(/^application\/json/)
  const body = (await res.json()) as Result
  // The offset invariant: what a sentence says is exactly the slice of the text it points to.
  const source = c.source === 'extracted' ? body.extractedText! : c.source === 'sent' ? null : c.source
  if (source !== null && source !== undefined) {
    for (const s of body.sentences) expect(source.slice(s.start, s.end)).toBe(s.text)
    for (const q of body.quotes ?? []) expect(source.slice(q.start, q.end)).toBe(q.text)
    for (const k of body.keyPoints) expect(k.end).toBeLessThanOrEqual(source.length)
  }
  for (const s of body.sentences) expect(s.start).toBeLessThanOrEqual(s.end)
  c.check?.(body)
}

describe('hostile input', () => {
  // The first request pays for starting the Worker; it is paid here, not by the first case.
  beforeAll(async () => {
    await (await send({}, '/health')).arrayBuffer()
  }, 30_000)

  it('has at least 40 cases, all with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
  })

  // Generous timeouts guard against a hang on a loaded machine; no timing is asserted.
  for (const c of CASES) it(`${c.status}: ${c.name}`, () => checkCase(c), 20_000)

  it('leaves Object.prototype unpolluted', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('checks the offsets of a body at the limit against the text it carried', async () => {
    const data = jsonOfSize(LIMIT)
    const text = (JSON.parse(new TextDecoder().decode(data)) as { text: string }).text
    const body = (await (await bytes(data)()).json()) as Result
    expect(body.sentences.length).toBeGreaterThan(0)
    for (const s of body.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
  }, 20_000)
})
