// The first-mention feature: credit for bringing in words that later sentences take up again.
import { describe, expect, it } from 'vitest'
import { documentStats, features } from '../../src/core/score.js'
import { tokenize } from '../../src/core/tokenize.js'

const featuresOf = (doc: string[]) => {
  const tokens = doc.map((s) => tokenize(s))
  const stats = documentStats(tokens, [])
  return doc.map((norm, i) => features({ tokens: tokens[i]!, norm, bodyIndex: i, inParagraph: 0, listItem: false }, stats))
}

describe('firstMention', () => {
  const f = featuresOf([
    'Floods closed the coastal highway on Monday.',
    'Engineers found cracks in the Harbor Bridge after the floods.',
    'The weather was grey and cold.',
    'The Harbor Bridge will stay shut while engineers repair the cracks.',
    'Repairs to the bridge could take a month, engineers said.',
  ])

  it('stays in [0, 1]', () => {
    for (const x of f) expect(x.firstMention >= 0 && x.firstMention <= 1).toBe(true)
  })

  it('credits the sentence that brings in words the story returns to', () => {
    // Sentence 1 names the bridge, its cracks and the engineers first; later sentences take them up.
    expect(f[1]!.firstMention).toBeGreaterThan(f[3]!.firstMention)
    expect(f[1]!.firstMention).toBeGreaterThan(0)
  })

  it('gives nothing for words no other sentence repeats', () => {
    // Everything in the aside is new, but nothing returns to it.
    expect(f[2]!.firstMention).toBe(0)
  })

  it('gives nothing for words the story already named', () => {
    expect(f[4]!.firstMention).toBe(0)
  })

  it('gives nothing to a sentence from outside the body', () => {
    const tokens = [tokenize('Engineers inspect the bridge.'), tokenize('The bridge reopens.')]
    const stats = documentStats(tokens, [])
    const of = (t: ReturnType<typeof tokenize>) =>
      features({ tokens: t, norm: 'Engineers inspect the bridge.', bodyIndex: 0, inParagraph: 0, listItem: false }, stats)
    expect(of(tokenize('Engineers inspect the bridge.')).firstMention).toBe(0)
    expect(of(tokens[0]!).firstMention).toBeGreaterThan(0)
  })
})
