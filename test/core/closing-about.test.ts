// An `About …` heading ends a story only in its second half: mid-story section headings keep the text after them.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'

const para = (n: number, topic: string) =>
  Array.from({ length: n }, (_, i) => `The ${topic} report covers item ${i + 1} of the council's plan for the city.`).join(' ')

describe('structure', () => {
  it('treats an About heading near the end of a release as the start of its notes', () => {
    const text = `${para(6, 'housing')}\n\n${para(6, 'transport')}\n\nAbout Cityworks\n\nCityworks is a charity founded in 1990 that builds homes.`
    const result = summarize(text, { sentences: 20 })
    expect(result.sentences.some((s) => s.text.includes('Cityworks is a charity'))).toBe(false)
  })

  it('keeps the story after an About heading (a section of a feature) in the first half of the text', () => {
    const text = `${para(2, 'housing')}\n\nAbout Riverside\n\nRiverside is where two teachers from the northern district lived.\n\n${para(8, 'transport')}`
    const result = summarize(text, { sentences: 20 })
    expect(result.sentences.some((s) => s.text.includes('two teachers'))).toBe(true)
  })
})
