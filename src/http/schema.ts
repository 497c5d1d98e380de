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
    .check(z.describe('Fraction of the sentences to return instead of `sentences`.')),
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
      'body for `slack` (chat.postMessage), `discord` (webhook) or `telegram` (sendMessage). Also chosen by `Accept` ' +
      '(application/json, text/markdown, text/plain, text/html) when neither the field nor the parameter is given.',
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

// Query strings carry strings: numbers and booleans are parsed strictly (no `"3abc"`, no `"yes"`).
const intParam = z.pipe(z.string().check(z.regex(/^\d{1,6}$/, 'Expected a whole number.')), z.transform(Number))
const numParam = z.pipe(z.string().check(z.regex(/^\d{0,3}(?:\.\d{1,6})?$/, 'Expected a number.')), z.transform(Number))
const boolParam = z.pipe(z.enum(['true', 'false', '1', '0']), z.transform((v) => v === 'true' || v === '1'))

/** Query parameters of `POST /v1/summarize` as they arrive (strings); the OpenAPI document shows this shape. */
export const summarizeQueryParams = z.strictObject({
  title: z.optional(z.string().check(z.maxLength(1000))),
  language: z.optional(z.string()),
  sentences: z.optional(intParam),
  bullets: z.optional(intParam),
  keywords: z.optional(intParam),
  ratio: z.optional(numParam),
  maxWords: z.optional(intParam),
  maxCharacters: z.optional(intParam),
  sortBy: z.optional(z.string()),
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
