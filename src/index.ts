// Worker entry point: the Hono app is the fetch handler.
import { app } from './http/app.js'

export type { AppType } from './http/app.js'
export default app
