// Worker entry point.
import { Hono } from 'hono'
const app = new Hono<{ Bindings: Env }>()
app.get('/health', (c) => c.json({ status: 'ok' }))
app.get('/kv', async (c) => { await c.env.SUMMARIES.put('a', 'b'); return c.text((await c.env.SUMMARIES.get('a')) ?? 'none') })
export default app
