// RFC 9457 problem details: the one shape of every error the API returns.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** One field-level error inside a problem. */
export interface FieldError {
  path: string
  message: string
}

/** The body of an `application/problem+json` response. */
export interface Problem {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId?: string
  errors?: FieldError[]
}

// Problem types are documented in the README; the URI is a stable identifier, not a fetched page.
const TYPE_BASE = 'https://pressbrief.dev/problems/'

/** Titles of the problem types, by slug. */
export const PROBLEM_TITLES = {
  'malformed-json': 'Malformed JSON',
  'invalid-encoding': 'Invalid text encoding',
  'payload-too-large': 'Payload too large',
  'unsupported-media-type': 'Unsupported media type',
  'validation-failed': 'Validation failed',
  'nothing-to-summarize': 'Nothing to summarize',
  'budget-too-small': 'Length budget too small',
  'not-found': 'Not found',
  'method-not-allowed': 'Method not allowed',
  unauthorized: 'Unauthorized',
  'rate-limited': 'Too many requests',
  'internal-error': 'Internal error',
} as const

export type ProblemSlug = keyof typeof PROBLEM_TITLES

/** An HTTPException that carries a problem document; `app.onError` renders it. */
export class ProblemException extends HTTPException {
  constructor(
    readonly slug: ProblemSlug,
    status: ContentfulStatusCode,
    readonly detail: string,
    readonly errors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(status, { message: detail })
  }
}

/** Builds the problem document for `slug`. */
export function problem(slug: ProblemSlug, status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: TYPE_BASE + slug, title: PROBLEM_TITLES[slug], status, detail, ...extra }
}

/** Sends a problem document with its media type, the request id and any extra headers. */
export function sendProblem(
  c: Context,
  slug: ProblemSlug,
  status: ContentfulStatusCode,
  detail: string,
  { errors, headers }: { errors?: FieldError[]; headers?: Record<string, string> } = {},
): Response {
  const requestId = c.get('requestId' as never) as string | undefined
  const body = problem(slug, status, detail, { instance: new URL(c.req.url).pathname, requestId, errors })
  return c.body(JSON.stringify(body), status, { 'Content-Type': 'application/problem+json', ...headers })
}
