// Zod schemas of every response body: the result and the four chat bodies — for the OpenAPI document (built by
// scripts/openapi.ts) and its tests. Nothing the Worker runs imports this file.
import type { SummarizeResult } from '../../core/index.js'
import * as z from '../zod.js'
import { DISCORD_LIMITS, type DiscordMessage } from './discord.js'
import { SLACK_LIMITS, type SlackMessage } from './slack.js'
import { TEAMS_LIMITS, type TeamsMessage } from './teams.js'
import type { TelegramMessage } from './telegram.js'
import { TELEGRAM_LIMITS } from './telegram.js'

const described = z.describe
const count = (min = 0) => z.number().check(z.int(), z.gte(min))
const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max))

const offsets = {
  start: count().check(described('UTF-16 offset where the source sentence starts in the summarized text.')),
  end: count().check(described('UTF-16 offset just past its end.')),
}

const sentence = z.object({
  text: z.string().check(described('The sentence, verbatim.')),
  index: count().check(described("Position in the document's sentence list.")),
  score: z.number().check(described('Score relative to the best sentence (1).')),
  rank: count(1).check(described('1 for the best-ranked sentence.')),
  ...offsets,
  features: z.optional(z.record(z.string(), z.number())).check(described('Feature values, with `explain: true`.')),
})

const entity = z.object({ text: z.string(), count: count(), role: z.optional(z.string()) })
const nullableString = () => z.nullable(z.string())

/** The JSON result of `POST /v1/summarize` and `GET /v1/summaries/{id}`. Quotes, entities, acronyms and meta are optional. */
export const summaryResultSchema = z.object({
  id: z.string().check(z.regex(/^[0-9a-f]{64}$/), described('SHA-256 of the text, the options and the algorithm version.')),
  version: z.string().check(described('Algorithm version.')),
  title: nullableString(),
  language: z.string(),
  summary: z.string().check(described('The chosen sentences in document order.')),
  sentences: z.array(sentence),
  keyPoints: z.array(z.object({ text: z.string(), sentenceIndex: count(), ...offsets })),
  keywords: z.array(z.object({ text: z.string(), score: z.number() })),
  stats: z.object({
    characters: count(),
    words: count(),
    sentences: count(),
    paragraphs: count(),
    readingTimeMinutes: z.number().check(z.gte(0)),
  }),
  truncated: z.boolean().check(described('Whether a length budget dropped sentences the count asked for.')),
  extractedText: z
    .optional(z.string())
    .check(described('With `html` input: the text that was summarized (offsets refer to it).')),
  quotes: z.optional(
    z.array(
      z.object({
        text: z.string().check(described('The quoted words, without quotation marks.')),
        speaker: nullableString(),
        role: z.optional(z.string()).check(described("The speaker's role as the text gives it.")),
        sentenceIndex: count(),
        ...offsets,
      }),
    ),
  ),
  entities: z.optional(z.object({ people: z.array(entity), organizations: z.array(entity), places: z.array(entity) })),
  acronyms: z.optional(z.array(z.object({ short: z.string(), long: z.string() }))),
  meta: z.optional(
    z.object({
      title: nullableString(),
      byline: nullableString(),
      dateline: nullableString(),
      source: nullableString(),
      published: nullableString(),
    }).check(
      described(
        'What the text states of itself, each null when it does not. With `html` input the page\'s JSON-LD and meta ' +
          'tags fill `byline`, `published` (as the page writes it, usually ISO 8601) and `source` where the text is silent.',
      ),
    ),
  ),
})

const slackText = z.object({
  type: z.enum(['plain_text', 'mrkdwn']),
  text: text(1, SLACK_LIMITS.section),
  emoji: z.optional(z.boolean()),
  verbatim: z.optional(z.boolean()),
})

/** `format=slack`: a `chat.postMessage` body without `channel`. */
export const slackMessageSchema = z.object({
  text: text(1, SLACK_LIMITS.text).check(described('Fallback for notifications, mrkdwn.')),
  blocks: z
    .array(
      z.union([
        z.object({ type: z.literal('header'), text: z.extend(slackText, { text: text(1, SLACK_LIMITS.header) }) }),
        z.object({ type: z.literal('section'), text: slackText }),
        z.object({ type: z.literal('context'), elements: z.array(slackText).check(z.minLength(1), z.maxLength(10)) }),
        z.object({ type: z.literal('divider') }),
      ]),
    )
    .check(z.maxLength(SLACK_LIMITS.blocks)),
  unfurl_links: z.literal(false),
  unfurl_media: z.literal(false),
})

/** `format=discord`: an execute-webhook body with one embed. */
export const discordMessageSchema = z.object({
  embeds: z
    .array(
      z.object({
        title: z.optional(z.string().check(z.maxLength(DISCORD_LIMITS.title))),
        description: z.optional(z.string().check(z.maxLength(DISCORD_LIMITS.description))),
        fields: z
          .array(
            z.object({
              name: text(1, DISCORD_LIMITS.fieldName),
              value: text(1, DISCORD_LIMITS.fieldValue),
              inline: z.optional(z.boolean()),
            }),
          )
          .check(z.maxLength(DISCORD_LIMITS.fields)),
        footer: z.object({ text: z.string().check(z.maxLength(DISCORD_LIMITS.footer)) }),
      }),
    )
    .check(
      z.length(1),
      described(`One embed; its title, description, field names and values and footer total at most ${DISCORD_LIMITS.total}.`),
    ),
  allowed_mentions: z.object({ parse: z.array(z.string()).check(z.maxLength(0)) }),
})

/** `format=telegram`: a `sendMessage` body without `chat_id`. */
export const telegramMessageSchema = z.object({
  text: z
    .string()
    .check(
      z.minLength(1),
      described(`HTML parse mode; at most ${TELEGRAM_LIMITS.text} characters once tags are removed and entities decoded.`),
    ),
  parse_mode: z.literal('HTML'),
  link_preview_options: z.object({ is_disabled: z.literal(true) }),
})

const teamsTextBlock = z.object({
  type: z.literal('TextBlock'),
  text: text(1, TEAMS_LIMITS.bytes).check(described('Adaptive Card markdown; article text is backslash-escaped.')),
  wrap: z.literal(true),
  size: z.optional(z.enum(['Small', 'Large'])),
  weight: z.optional(z.literal('Bolder')),
  isSubtle: z.optional(z.literal(true)),
  spacing: z.optional(z.enum(['None', 'Medium'])),
})

/** `format=teams`: an incoming-webhook or Workflows body with one Adaptive Card 1.4. */
export const teamsMessageSchema = z.object({
  type: z.literal('message'),
  attachments: z
    .array(
      z.object({
        contentType: z.literal('application/vnd.microsoft.card.adaptive'),
        contentUrl: z.null(),
        content: z.object({
          $schema: z.literal('http://adaptivecards.io/schemas/adaptive-card.json'),
          type: z.literal('AdaptiveCard'),
          version: z.literal('1.4'),
          body: z.array(
            z.union([
              teamsTextBlock,
              z.object({ type: z.literal('Container'), style: z.literal('emphasis'), items: z.array(teamsTextBlock).check(z.minLength(1)) }),
              z.object({
                type: z.literal('FactSet'),
                facts: z.array(z.object({ title: text(1, 64), value: text(1, TEAMS_LIMITS.bytes) })).check(z.minLength(1)),
              }),
            ]),
          ).check(z.minLength(1)),
          msteams: z.strictObject({ width: z.literal('Full') }).check(described('No `entities`: nothing in the card is a mention.')),
        }),
      }),
    )
    .check(z.length(1), described(`One card; the body as served is at most ${TEAMS_LIMITS.bytes} bytes of UTF-8.`)),
})

// Compile-time checks that the documented shapes accept what the code produces.
type Accepts<Schema extends z.ZodMiniType, Value extends z.input<Schema>> = Value
export type SchemaChecks = [
  Accepts<typeof summaryResultSchema, SummarizeResult & { id: string }>,
  Accepts<typeof slackMessageSchema, SlackMessage>,
  Accepts<typeof discordMessageSchema, DiscordMessage>,
  Accepts<typeof telegramMessageSchema, TelegramMessage>,
  Accepts<typeof teamsMessageSchema, TeamsMessage>,
]
