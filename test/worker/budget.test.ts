// A length budget that holds no whole sentence: a 422 naming the size that would do, never an empty 200, never cached.
import { env } from 'cloudflare:workers'
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { resolveOptions } from '../../src/core/index.js'
import { app } from '../../src/http/app.js'
import { SummaryCache } from '../../src/http/cache.js'
import { resultId } from '../../src/http/id.js'
import { BASE, postJson, postText } from '../helpers/app.js'
import type { ProblemBody } from '../helpers/problem.js'

const PLAN =
  'The minister announced a new plan on Monday. The plan will cost 5 million dollars. Critics said it was too small.'
// Sentences of 9 and 8 words.
const TWO = 'The minister announced a new plan on Monday morning early. Critics said it was far too small today.'

async function budgetProblem(res: Response): Promise<ProblemBody> {
  expect(res.status).toBe(422)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const body = (await res.json()) as ProblemBody
  expect(body.type).toBe('https://pressbrief.dev/problems/budget-too-small')
  expect(body.title).toBe('Length budget too small')
  return body
}

/** A JSON request through the app, waiting for its `waitUntil` work (the KV write) to finish. */
async function settled(body: unknown): Promise<Response> {
  const ctx = createExecutionContext()
  const res = await app.fetch(
    new Request(`${BASE}/v1/summarize`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }),
    env,
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return res
}

describe('budget-too-small', () => {
  it('refuses a maxCharacters below the shortest sentence, naming its length, and the named size works', async () => {
    const body = await budgetProblem(await postJson({ text: PLAN, maxCharacters: 20 }))
    // "Critics said it was too small." is the shortest: 30 characters.
    expect(body.detail).toContain('30 characters')
    expect(body.errors).toEqual([{ path: '/maxCharacters', message: expect.stringContaining('at least 30') }])
    const retry = await postJson({ text: PLAN, maxCharacters: 30 })
    expect(retry.status).toBe(200)
    const result = (await retry.json()) as { summary: string; sentences: unknown[] }
    expect(result.summary).toBe('Critics said it was too small.')
    expect(result.sentences).toHaveLength(1)
  })

  it('refuses a text/plain maxWords below the shortest sentence, in words', async () => {
    const body = await budgetProblem(await postText(TWO, '?maxWords=5'))
    expect(body.detail).toContain('8 words')
    expect(body.errors![0]!.path).toBe('/maxWords')
    const retry = await postText(TWO, '?maxWords=8')
    expect(retry.status).toBe(200)
    expect(((await retry.json()) as { summary: string }).summary).toBe('Critics said it was far too small today.')
  })

  it('refuses in every format, chat formats included', async () => {
    for (const format of ['slack', 'markdown', 'telegram'])
      await budgetProblem(await postJson({ text: PLAN, maxCharacters: 20, format }))
  })

  it('never caches the refusal', async () => {
    const options = { maxCharacters: 25 }
    await budgetProblem(await settled({ text: PLAN, ...options }))
    const id = await resultId(PLAN, resolveOptions(options), 'text')
    expect(await env.SUMMARIES.get(SummaryCache.key(id))).toBeNull()
  })
})
