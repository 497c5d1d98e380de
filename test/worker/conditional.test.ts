// GET /v1/summaries/:id with If-None-Match: weak comparison, lists and `*`, as RFC 9110 §13.1.2 has it.
import { beforeAll, describe, expect, it } from 'vitest'
import { get, postJson, waitForStored } from '../helpers/app.js'

const TEXT =
  'The port authority opened a second container terminal on Tuesday. It doubles the harbour capacity. ' +
  'Shipping firms said the new berths would cut waiting times by half. A sentence only the conditional test sends.'

let id = ''

beforeAll(async () => {
  id = ((await (await postJson({ text: TEXT })).json()) as { id: string }).id
  expect((await waitForStored(id)).status).toBe(200)
})

async function conditional(ifNoneMatch: string, query = ''): Promise<Response> {
  return get(`/v1/summaries/${id}${query}`, { 'If-None-Match': ifNoneMatch })
}

async function expectNotModified(res: Response, etag: string): Promise<void> {
  expect(res.status).toBe(304)
  expect(res.headers.get('etag')).toBe(etag)
  expect(res.headers.get('vary')).toBe('Accept')
  expect(await res.text()).toBe('')
}

describe('If-None-Match', () => {
  it('matches the strong tag and its weak form', async () => {
    await expectNotModified(await conditional(`"${id}"`), `"${id}"`)
    await expectNotModified(await conditional(`W/"${id}"`), `"${id}"`)
  })

  it('matches any tag of a comma-separated list, with or without spaces', async () => {
    await expectNotModified(await conditional(`"other", W/"stale", "${id}"`), `"${id}"`)
    await expectNotModified(await conditional(`"a",W/"${id}"`), `"${id}"`)
  })

  it('matches * for a stored result', async () => {
    await expectNotModified(await conditional('*'), `"${id}"`)
    await expectNotModified(await conditional(' * ', '?format=markdown'), `"${id}-markdown"`)
  })

  it('compares with the ETag of the format asked for', async () => {
    await expectNotModified(await conditional(`W/"${id}-markdown"`, '?format=markdown'), `"${id}-markdown"`)
    const json = await conditional(`"${id}-markdown"`)
    expect(json.status).toBe(200)
    expect(json.headers.get('etag')).toBe(`"${id}"`)
    expect((await conditional(`"${id}"`, '?format=markdown')).status).toBe(200)
  })

  it('answers 200 when nothing listed matches', async () => {
    for (const header of ['"other"', `"${id}x"`, `${id}`, `W/"${id.slice(1)}"`, '']) {
      const res = await conditional(header)
      expect(res.status, header).toBe(200)
      expect(((await res.json()) as { id: string }).id).toBe(id)
    }
  })

  it('does not turn * into a 304 for a result that is not stored', async () => {
    const res = await get(`/v1/summaries/${'0'.repeat(64)}`, { 'If-None-Match': '*' })
    expect(res.status).toBe(404)
  })
})
