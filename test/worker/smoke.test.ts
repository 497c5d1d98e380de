import { exports, env } from 'cloudflare:workers'
import { describe, it, expect } from 'vitest'
describe('smoke', () => {
  it('kv', async () => {
    const r = await exports.default.fetch('http://x/kv')
    expect(await r.text()).toBe('b')
    expect(await env.SUMMARIES.get('a')).toBe('b')
  })
})
