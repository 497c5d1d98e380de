// The HTTP app: built-in middleware first, then the routes, one error handler, problem+json for every failure.
import { HonoBase } from 'hono/hono-base'
import { TrieRouter } from 'hono/router/trie-router'
import { HTTPException } from 'hono/http-exception'
import { logger } from 'hono/logger'
import { methodNotAllowed } from 'hono/method-not-allowed'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { ALGORITHM_VERSION } from '../core/index.js'
import { declaredTooLarge } from './body.js'
import { getConfig } from './config.js'
import { docsRoute } from './docs.js'
import { corsFor, guard } from './guard/index.js'
import { openApiRoute } from './openapi.js'
import { playgroundPage, playgroundScript, playgroundStyles } from './playground/index.js'
import { ProblemException, sendProblem } from './problem.js'
import { summarizeRoute, summaryRoute } from './summarize-route.js'
import type { AppEnv } from './types.js'

// `Hono` from 'hono' would bundle its SmartRouter (RegExpRouter and TrieRouter); the TrieRouter alone, which
// `methodNotAllowed` already brings, routes this handful of paths the same way.
const app = new HonoBase<AppEnv>({ router: new TrieRouter() })

app.use(requestId())
app.use(secureHeaders())
// The logger prints the URL; its query string is cut because a text/plain request carries its title there.
app.use(async (c, next) =>
  getConfig(c.env).logRequests ? logger((line) => console.log(line.replace(/\?\S*/, '')))(c, next) : next(),
)
// CORS before the method check, so a listed origin's preflight is answered and not refused with a 405.
app.use(async (c, next) => corsFor(getConfig(c.env).corsOrigins)?.(c, next) ?? next())
// Every route, not only `/v1/*`: `POST /health` is a known path with the wrong method (405 with Allow), while an
// unknown path stays a 404. It looks only at 404s the routes did not throw, so a missing result id stays a 404.
app.use(methodNotAllowed({
  app,
  onMethodNotAllowed: (c, methods) =>
    sendProblem(c, 'method-not-allowed', 405, `${c.req.method} is not allowed here; use ${methods.join(', ')}.`, {
      headers: { Allow: methods.join(', ') },
    }),
}))
// Rate limit and API key, before any body is read.
app.use('/v1/*', guard())

// One chain, so that `AppType` carries each route's input and output for `hono/client`.
const routes = app
  .post(
    '/v1/summarize',
    // A declared Content-Length over the limit is refused before anything else; the body itself is counted as it is
    // read (body.ts). Hono's `bodyLimit` is not used: on a chunked body it reads up to the limit and answers without
    // draining the rest, which under `wrangler dev` left the next request hanging.
    declaredTooLarge,
    summarizeRoute,
  )
  .get('/v1/summaries/:id', summaryRoute)
  .get('/health', (c) => c.json({ status: 'ok' as const, version: ALGORITHM_VERSION }))
  // The API described (OpenAPI 3.1) and shown as a page; the playground and its assets.
  .get('/openapi.json', openApiRoute)
  .get('/docs', docsRoute)
  .get('/', playgroundPage)
  .get('/playground.js', playgroundScript)
  .get('/playground.css', playgroundStyles)

app.notFound((c) => sendProblem(c, 'not-found', 404, `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`))

app.onError((error, c) => {
  if (error instanceof ProblemException)
    return sendProblem(c, error.slug, error.status, error.detail, { errors: error.errors, headers: error.headers })
  if (error instanceof HTTPException && error.status < 500)
    return sendProblem(c, 'validation-failed', error.status, error.message || 'The request was refused.')
  // The stack stays in the log; the client gets the request id to quote.
  console.error(JSON.stringify({ requestId: c.get('requestId'), error: String(error), stack: (error as Error).stack }))
  return sendProblem(c, 'internal-error', 500, 'Something went wrong on our side. Quote the request id when reporting it.')
})

export { app }
/** The app's routes with their inputs and outputs: `hc<AppType>(url)` from `hono/client` gives a typed client. */
export type AppType = typeof routes
