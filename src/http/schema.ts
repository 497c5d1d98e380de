// Request schemas: the one place the API's fields, bounds and defaults are validated (zod), shared with the docs.
import { z } from 'zod'
import { LIMITS, SUPPORTED_LANGUAGES } from '../core/index.js'
import { FORMATS } from './format/index.js'

const count = (bounds: { min: number; max: number }, description: string) =>
  z.number().int().min(bounds.min).max(bounds.max).describe(description)

/** Options accepted beside the text, in a JSON body or as query parameters. */
export const optionsShape = {
  title: z.string().max(1000).optional().describe('The article title; detected from the first line when omitted.'),
  language: z
    .enum(['auto', ...SUPPORTED_LANGUAGES])
    .optional()
    .describe('`auto` (default) or a supported ISO 639-1 code.'),
  sentences: count(LIMITS.sentences, 'Summary length in sentences (default 3).').optional(),
  bullets: count(LIMITS.bullets, 'Number of key points (default 5).').optional(),
  keywords: count(LIMITS.keywords, 'Number of keyphrases (default 10).').optional(),
  ratio: z.number().gt(0).max(1).optional().describe('Fraction of the sentences to return instead of `sentences`.'),
  maxWords: count(LIMITS.maxWords, 'Word budget of the summary.').optional(),
  maxCharacters: count(LIMITS.maxCharacters, 'Character budget of the summary.').optional(),
  sortBy: z.enum(['offset', 'rank']).optional().describe('Order of `sentences`: document order (default) or rank.'),
  explain: z.boolean().optional().describe("Attach each sentence's feature values."),
}

/** How the result is rendered; it never changes the result itself, so it is not part of the result's id. */
export const formatSchema = z
  .enum(FORMATS)
  .describe(
    'Output format: `json` (default), `markdown` (CommonMark), `text`, `html` (an escaped fragment), or a ready-to-post ' +
      'body for `slack` (chat.postMessage), `discord` (webhook) or `telegram` (sendMessage). Also chosen by `Accept` ' +
      '(application/json, text/markdown, text/plain, text/html) when neither the field nor the parameter is given.',
  )

/** The JSON body of `POST /v1/summarize`: `text` or `html`, exactly one, plus options. Unknown fields are rejected. */
export const summarizeJsonSchema = z
  .strictObject({
    text: z.string().optional().describe('The article as plain text.'),
    html: z.string().optional().describe('The article as an HTML page or fragment; its text is extracted.'),
    ...optionsShape,
    format: formatSchema.optional(),
  })
  .superRefine((body, ctx) => {
    if ((body.text === undefined) === (body.html === undefined))
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give exactly one of `text` or `html`.' })
  })

// Query strings carry strings: numbers and booleans are parsed strictly (no `"3abc"`, no `"yes"`).
const intParam = z.string().regex(/^\d{1,6}$/, 'Expected a whole number.').transform(Number)
const numParam = z.string().regex(/^\d{0,3}(?:\.\d{1,6})?$/, 'Expected a number.').transform(Number)
const boolParam = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1')

/** Query parameters of `POST /v1/summarize` as they arrive (strings); the OpenAPI document shows this shape. */
export const summarizeQueryParams = z
  .strictObject({
    title: z.string().max(1000).optional(),
    language: z.string().optional(),
    sentences: intParam.optional(),
    bullets: intParam.optional(),
    keywords: intParam.optional(),
    ratio: numParam.optional(),
    maxWords: intParam.optional(),
    maxCharacters: intParam.optional(),
    sortBy: z.string().optional(),
    explain: boolParam.optional(),
    format: z.string().optional(),
  })

/** Query parameters of `POST /v1/summarize` with a `text/plain` body, parsed. Unknown parameters are rejected. */
export const summarizeQuerySchema = summarizeQueryParams.pipe(z.object({ ...optionsShape, format: formatSchema.optional() }))

export type SummarizeJson = z.infer<typeof summarizeJsonSchema>
export type SummarizeQueryOptions = z.infer<typeof summarizeQuerySchema>

/** Turns zod issues into the problem document's `errors`: a JSON-pointer-like path and a message. */
export function issuesToErrors(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: `/${issue.path.map(String).join('/')}`,
    message: issue.code === 'unrecognized_keys' ? `Unknown field(s): ${issue.keys.join(', ')}.` : issue.message,
  }))
}
