// Routes of the playground: the page and its two assets, each with the strict Content-Security-Policy.
import type { Context } from 'hono'
import type { AppEnv } from '../types.js'
import { PLAYGROUND_CSS } from './css.js'
import { PAGE_CSP, PLAYGROUND_HTML } from './html.js'
import { PLAYGROUND_JS } from './script.js'

export { PAGE_CSP } from './html.js'

// Assets change only with a deploy; a short cache keeps a redeploy visible within minutes.
const CACHE = 'public, max-age=300'

const send = (c: Context<AppEnv>, body: string, type: string) =>
  c.body(body, 200, { 'Content-Type': type, 'Content-Security-Policy': PAGE_CSP, 'Cache-Control': CACHE })

/** `GET /`: the playground page. */
export const playgroundPage = (c: Context<AppEnv>) => send(c, PLAYGROUND_HTML, 'text/html; charset=utf-8')

/** `GET /playground.js` */
export const playgroundScript = (c: Context<AppEnv>) => send(c, PLAYGROUND_JS, 'text/javascript; charset=utf-8')

/** `GET /playground.css` */
export const playgroundStyles = (c: Context<AppEnv>) => send(c, PLAYGROUND_CSS, 'text/css; charset=utf-8')
