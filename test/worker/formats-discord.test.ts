// Discord's fitting: a field over its own 1,024 characters shrinks alone, and the embed's total is judged after.
import { describe, expect, it } from 'vitest'
import { postJson } from '../helpers/app.js'

interface Embed {
  title?: string
  description?: string
  fields: { name: string; value: string }[]
  footer: { text: string }
}

// Forty people each quoted once: the Quotes field alone runs far past 1,024 characters, the embed as a whole need not.
const SPEAKERS = Array.from({ length: 40 }, (_, i) => `Councillor ${['Ann', 'Ben', 'Cara', 'Dev', 'Eli'][i % 5]} ${['Lee', 'Moss', 'Nash', 'Orr', 'Pike', 'Quinn', 'Reed', 'Shaw'][i % 8]}`)
const ARTICLE = [
  'The city council approved a new budget for parks, libraries and roads on Tuesday after a long debate.',
  ...SPEAKERS.map(
    (name, i) =>
      `"The budget for district ${i + 1} is fair and long overdue for our families, and it gives the parks, the ` +
      `libraries and the roads of the district the money they have lacked for a decade," said ${name}.`,
  ),
  'The budget takes effect in April, and the council will review it again next year.',
].join('\n\n')

const length = (e: Embed) =>
  (e.title?.length ?? 0) + (e.description?.length ?? 0) + e.fields.reduce((n, f) => n + f.name.length + f.value.length, 0) + e.footer.text.length

describe('format/discord', () => {
  it('shrinks an oversized Quotes field alone and keeps the keywords while the embed has room', async () => {
    const res = await postJson({ text: ARTICLE, keywords: 10, format: 'discord' })
    expect(res.status).toBe(200)
    const embed = ((await res.json()) as { embeds: [Embed] }).embeds[0]
    const quotes = embed.fields.find((f) => f.name === 'Quotes')!
    expect(quotes.value.length).toBeLessThanOrEqual(1024)
    expect(length(embed)).toBeLessThanOrEqual(6000)
    // The total never ran over once the quotes fitted, so nothing else was given up for it.
    expect(embed.fields.some((f) => f.name === 'Keywords')).toBe(true)
    expect(res.headers.get('x-render-dropped')).not.toMatch(/keywords|sentences|keyPoints/)
  })
})
