// Request schemas: the one place the API's fields, bounds and defaults are validated (zod/mini), shared with the
// OpenAPI document (scripts/openapi.ts reads the descriptions attached here).
import { LIMITS, SUPPORTED_LANGUAGES } from '../core/index.js'
import { FORMATS } from './format/index.js'
import * as z from './zod.js'

const count = (bounds: { min: number; max: number }, description: string) =>
  z.number().check(z.int(), z.gte(bounds.min), z.lte(bounds.max), z.describe(description))

/** Options accepted beside the text, in a JSON body or as query parameters. */
export const optionsShape = {
  title: z
    .optional(z.string().check(z.maxLength(1000)))
    .check(z.describe('The article title; detected from the first line when omitted.')),
  language: z
    .optional(z.enum(['auto', ...SUPPORTED_LANGUAGES]))
    .check(z.describe('`auto` (default) or a supported ISO 639-1 code.')),
  sentences: z.optional(count(LIMITS.sentences, 'Summary length in sentences (default 3).')),
  bullets: z.optional(count(LIMITS.bullets, 'Number of key points (default 5).')),
  keywords: z.optional(count(LIMITS.keywords, 'Number of keyphrases (default 10).')),
  ratio: z
    .optional(z.number().check(z.gt(0), z.lte(1)))
    .check(z.describe('Fraction of the sentences to return instead of `sentences` (both together are a 422).')),
  maxWords: z.optional(count(LIMITS.maxWords, 'Word budget of the summary.')),
  maxCharacters: z.optional(count(LIMITS.maxCharacters, 'Character budget of the summary.')),
  sortBy: z
    .optional(z.enum(['offset', 'rank']))
    .check(z.describe('Order of `sentences`: document order (default) or rank.')),
  explain: z.optional(z.boolean()).check(z.describe("Attach each sentence's feature values.")),
}

/** How the result is rendered; it never changes the result itself, so it is not part of the result's id. */
export const formatSchema = z.enum(FORMATS).check(
  z.describe(
    'Output format: `json` (default), `markdown` (CommonMark), `text`, `html` (an escaped fragment), or a ready-to-post ' +
      'body for `slack` (chat.postMessage), `discord` (webhook), `telegram` (sendMessage) or `teams` (an Adaptive Card ' +
      'for an incoming webhook or Workflows). Also chosen by `Accept` (application/json, text/markdown, text/plain, ' +
      'text/html) when neither the field nor the parameter is given.',
  ),
)

/** The JSON body of `POST /v1/summarize`: `text` or `html`, exactly one, plus options. Unknown fields are rejected. */
export const summarizeJsonSchema = z
  .strictObject({
    text: z.optional(z.string().check(z.describe('The article as plain text.'))),
    html: z.optional(z.string().check(z.describe('The article as an HTML page or fragment; its text is extracted.'))),
    ...optionsShape,
    format: z.optional(formatSchema),
  })
  .check(
    z.superRefine((body, ctx) => {
      if ((body.text === undefined) === (body.html === undefined))
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give exactly one of `text` or `html`.' })
    }),
  )

/**
 * A regular expression source matching the decimal numerals of the whole numbers from `a` to `b`, both written with
 * as many digits: `sameLength('20', '45')` is `(?:2[0-9]|3[0-9]|4[0-5])` in effect.
 */
function sameLength(a: string, b: string): string {
  if (a === b) return a
  const rest = a.length - 1
  if (rest === 0) return `[${a}-${b}]`
  if (a[0] === b[0]) return a[0] + sameLength(a.slice(1), b.slice(1))
  // Whole blocks: from `a0 00…` to `b0 99…`.
  const any = rest === 1 ? '\\d' : `\\d{${rest}}`
  if (/^0*$/.test(a.slice(1)) && /^9*$/.test(b.slice(1))) return `[${a[0]}-${b[0]}]${any}`
  const parts = [a[0] + sameLength(a.slice(1), '9'.repeat(rest))]
  const [from, to] = [Number(a[0]) + 1, Number(b[0]) - 1]
  if (from <= to) parts.push(`${from === to ? from : `[${from}-${to}]`}${any}`)
  parts.push(b[0] + sameLength('0'.repeat(rest), b.slice(1)))
  return `(?:${parts.join('|')})`
}

/**
 * A pattern for the whole numbers from `min` to `max`, leading zeros allowed: the range is then in the query
 * parameter's own schema (a string's, so JSON Schema has no `minimum` for it) and in the OpenAPI document.
 */
export function rangePattern(min: number, max: number): RegExp {
  const parts: string[] = []
  for (let digits = String(min).length; digits <= String(max).length; digits++) {
    const low = Math.max(min, digits === 1 ? 0 : 10 ** (digits - 1))
    const high = Math.min(max, 10 ** digits - 1)
    parts.push(sameLength(String(low), String(high)))
  }
  return new RegExp(`^0*(?:${parts.join('|')})$`)
}

// Query strings carry strings: numbers and booleans are parsed strictly (no `"3abc"`, no `"yes"`). A whole number
// is digits only, its range in the pattern; a decimal is anything JSON reads as a number (`1e-7` included), plus a
// leading `.5` or a trailing `1.`, never hex, `Infinity` or `NaN`.
const intParam = (bounds: { min: number; max: number }) =>
  z.pipe(
    z.string().check(z.regex(rangePattern(bounds.min, bounds.max), `Expected a whole number from ${bounds.min} to ${bounds.max}.`)),
    z.transform(Number),
  )
// The integer part and the fraction are separate groups, so a long run of digits has one way to match (the pattern
// `\d+\.?\d*` could split it anywhere, and 16,000 digits took 0.4 s); the length is checked first all the same.
const numParam = z.pipe(
  z.string().check(z.maxLength(32, 'Expected a number.'), z.regex(/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/, 'Expected a number.')),
  z.transform(Number),
)
const boolParam = z.pipe(z.enum(['true', 'false', '1', '0']), z.transform((v) => v === 'true' || v === '1'))

/** Query parameters of `POST /v1/summarize` as they arrive (strings); the OpenAPI document shows this shape. */
export const summarizeQueryParams = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(1000))),
  language: z.optional(z.enum(['auto', ...SUPPORTED_LANGUAGES])),
  sentences: z.optional(intParam(LIMITS.sentences)),
  bullets: z.optional(intParam(LIMITS.bullets)),
  keywords: z.optional(intParam(LIMITS.keywords)),
  ratio: z.optional(numParam),
  maxWords: z.optional(intParam(LIMITS.maxWords)),
  maxCharacters: z.optional(intParam(LIMITS.maxCharacters)),
  sortBy: z.optional(z.enum(['offset', 'rank'])),
  explain: z.optional(boolParam),
  format: z.optional(z.string()),
})

/** Query parameters of `POST /v1/summarize` with a `text/plain` body, parsed. Unknown parameters are rejected. */
export const summarizeQuerySchema = z.pipe(
  summarizeQueryParams,
  z.object({ ...optionsShape, format: z.optional(formatSchema) }),
)

export type SummarizeJson = z.infer<typeof summarizeJsonSchema>
export type SummarizeQueryOptions = z.infer<typeof summarizeQuerySchema>

/** Turns zod issues into the problem document's `errors`: a JSON-pointer-like path and a message. */
export function issuesToErrors(error: z.core.$ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: `/${issue.path.map(String).join('/')}`,
    message: issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : issue.message,
  }))
}
