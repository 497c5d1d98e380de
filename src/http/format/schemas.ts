// Zod schemas of every response body: the result and the three chat bodies — for the OpenAPI document and its tests.
import { z } from 'zod'
import type { SummarizeResult } from '../../core/index.js'
import { DISCORD_LIMITS, type DiscordMessage } from './discord.js'
import { SLACK_LIMITS, type SlackMessage } from './slack.js'
import type { TelegramMessage } from './telegram.js'
import { TELEGRAM_LIMITS } from './telegram.js'

const offsets = {
  start: z.number().int().min(0).describe('UTF-16 offset where the source sentence starts in the summarized text.'),
  end: z.number().int().min(0).describe('UTF-16 offset just past its end.'),
}

const sentence = z.object({
  text: z.string().describe('The sentence, verbatim.'),
  index: z.number().int().min(0).describe("Position in the document's sentence list."),
  score: z.number().describe('Score relative to the best sentence (1).'),
  rank: z.number().int().min(1).describe('1 for the best-ranked sentence.'),
  ...offsets,
  features: z.record(z.string(), z.number()).optional().describe('Feature values, with `explain: true`.'),
})

const entity = z.object({ text: z.string(), count: z.number().int().min(0), role: z.string().optional() })

/** The JSON result of `POST /v1/summarize` and `GET /v1/summaries/{id}`. Quotes, entities, acronyms and meta are optional. */
export const summaryResultSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/).describe('SHA-256 of the text, the options and the algorithm version.'),
  version: z.string().describe('Algorithm version.'),
  title: z.string().nullable(),
  language: z.string(),
  summary: z.string().describe('The chosen sentences in document order.'),
  sentences: z.array(sentence),
  keyPoints: z.array(z.object({ text: z.string(), sentenceIndex: z.number().int().min(0), ...offsets })),
  keywords: z.array(z.object({ text: z.string(), score: z.number() })),
  stats: z.object({
    characters: z.number().int().min(0),
    words: z.number().int().min(0),
    sentences: z.number().int().min(0),
    paragraphs: z.number().int().min(0),
    readingTimeMinutes: z.number().min(0),
  }),
  truncated: z.boolean().describe('Whether a length budget dropped sentences the count asked for.'),
  extractedText: z.string().optional().describe('With `html` input: the text that was summarized (offsets refer to it).'),
  quotes: z
    .array(
      z.object({
        text: z.string().describe('The quoted words, without quotation marks.'),
        speaker: z.string().nullable(),
        role: z.string().optional().describe("The speaker's role as the text gives it."),
        sentenceIndex: z.number().int().min(0),
        ...offsets,
      }),
    )
    .optional(),
  entities: z.object({ people: z.array(entity), organizations: z.array(entity), places: z.array(entity) }).optional(),
  acronyms: z.array(z.object({ short: z.string(), long: z.string() })).optional(),
  meta: z
    .object({
      title: z.string().nullable(),
      byline: z.string().nullable(),
      dateline: z.string().nullable(),
      source: z.string().nullable(),
      published: z.string().nullable(),
    })
    .optional(),
})

const slackText = z.object({
  type: z.enum(['plain_text', 'mrkdwn']),
  text: z.string().min(1).max(SLACK_LIMITS.section),
  emoji: z.boolean().optional(),
  verbatim: z.boolean().optional(),
})

/** `format=slack`: a `chat.postMessage` body without `channel`. */
export const slackMessageSchema = z.object({
  text: z.string().min(1).max(SLACK_LIMITS.text).describe('Fallback for notifications, mrkdwn.'),
  blocks: z
    .array(
      z.union([
        z.object({ type: z.literal('header'), text: slackText.extend({ text: z.string().min(1).max(SLACK_LIMITS.header) }) }),
        z.object({ type: z.literal('section'), text: slackText }),
        z.object({ type: z.literal('context'), elements: z.array(slackText).min(1).max(10) }),
        z.object({ type: z.literal('divider') }),
      ]),
    )
    .max(SLACK_LIMITS.blocks),
  unfurl_links: z.literal(false),
  unfurl_media: z.literal(false),
})

/** `format=discord`: an execute-webhook body with one embed. */
export const discordMessageSchema = z.object({
  embeds: z
    .array(
      z.object({
        title: z.string().max(DISCORD_LIMITS.title).optional(),
        description: z.string().max(DISCORD_LIMITS.description).optional(),
        fields: z
          .array(
            z.object({
              name: z.string().min(1).max(DISCORD_LIMITS.fieldName),
              value: z.string().min(1).max(DISCORD_LIMITS.fieldValue),
              inline: z.boolean().optional(),
            }),
          )
          .max(DISCORD_LIMITS.fields),
        footer: z.object({ text: z.string().max(DISCORD_LIMITS.footer) }),
      }),
    )
    .length(1)
    .describe(`One embed; its title, description, field names and values and footer total at most ${DISCORD_LIMITS.total}.`),
  allowed_mentions: z.object({ parse: z.array(z.string()).max(0) }),
})

/** `format=telegram`: a `sendMessage` body without `chat_id`. */
export const telegramMessageSchema = z.object({
  text: z
    .string()
    .min(1)
    .describe(`HTML parse mode; at most ${TELEGRAM_LIMITS.text} characters once tags are removed and entities decoded.`),
  parse_mode: z.literal('HTML'),
  link_preview_options: z.object({ is_disabled: z.literal(true) }),
})

// Compile-time checks that the documented shapes accept what the code produces.
type Accepts<Schema extends z.ZodType, Value extends z.input<Schema>> = Value
export type SchemaChecks = [
  Accepts<typeof summaryResultSchema, SummarizeResult & { id: string }>,
  Accepts<typeof slackMessageSchema, SlackMessage>,
  Accepts<typeof discordMessageSchema, DiscordMessage>,
  Accepts<typeof telegramMessageSchema, TelegramMessage>,
]
