// GET /openapi.json: the OpenAPI 3.1 document generated at build time (scripts/openapi.ts, `npm run openapi`) from the
// zod schemas that validate requests and describe responses. The Worker ships the document, not the generator; it
// only adds the algorithm version and the request's origin as the server.
import type { Context } from 'hono'
import { ALGORITHM_VERSION } from '../core/index.js'
import { OPENAPI_DOCUMENT } from './openapi.generated.js'
import type { AppEnv } from './types.js'

/** The generated part: everything but `info.version` and `servers`. */
export interface GeneratedOpenApi {
  openapi: string
  info: { title: string; description: string }
  paths: Record<string, Record<string, unknown>>
  components: { schemas: Record<string, unknown> }
  [key: string]: unknown
}

/** The document as served; `serverUrl` (the request's origin) becomes its only server. */
export function openApiDocument(serverUrl?: string): Record<string, unknown> {
  const { openapi, info, ...rest } = OPENAPI_DOCUMENT
  return {
    openapi,
    info: { title: info.title, version: ALGORITHM_VERSION, description: info.description },
    servers: serverUrl ? [{ url: serverUrl }] : [],
    ...rest,
  }
}

// Serialising the document once per origin and isolate is enough.
const built = new Map<string, string>()

/** The document as JSON text for `origin`. */
export function openApiJson(origin: string): string {
  let text = built.get(origin)
  if (text === undefined) {
    text = JSON.stringify(openApiDocument(origin))
    if (built.size < 8) built.set(origin, text)
  }
  return text
}

/** `GET /openapi.json` */
export const openApiRoute = (c: Context<AppEnv>) =>
  c.body(openApiJson(new URL(c.req.url).origin), 200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'public, max-age=300',
  })
