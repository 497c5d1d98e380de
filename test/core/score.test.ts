import { describe, expect, it } from 'vitest'
import {
  centrality,
  documentStats,
  features,
  position,
  quotedShare,
  WEIGHTS,
  WEIGHTS_LONG,
  weightsFor,
} from '../../src/core/score.js'
import { weightedScore } from '../../src/core/feature-rows.js'
import { tokenize } from '../../src/core/tokenize.js'

const doc = [
  'The central bank raised interest rates on Tuesday to curb inflation.',
  'Inflation has risen for six months, the bank said.',
  'Will rates rise again?',
  '"We are watching prices closely," the governor said.',
  'He added that growth was slowing.',
]
const tokens = doc.map((s) => tokenize(s))
const stats = documentStats(tokens, tokenize('Bank raises rates to curb inflation'))
const feats = doc.map((norm, i) =>
  features({ tokens: tokens[i]!, norm, bodyIndex: i, inParagraph: i === 0 ? 0 : 1, listItem: false }, stats),
)

describe('score features', () => {
  it('gives every feature of every weight table a value in [0, 1]', () => {
    for (const f of feats) {
      expect(Object.keys(f).sort()).toEqual(Object.keys(WEIGHTS).sort())
      for (const v of Object.values(f)) expect(v >= 0 && v <= 1).toBe(true)
    }
    expect(Object.keys(WEIGHTS_LONG).sort()).toEqual(Object.keys(WEIGHTS).sort())
  })

  it('decays the lead prior with position', () => {
    expect(position(0)).toBe(1)
    for (let i = 1; i < 50; i++) expect(position(i)).toBeLessThan(position(i - 1))
  })

  it('flags questions, opening quotes, dangling openers and titles', () => {
    expect(feats[2]!.question).toBe(1)
    expect(feats[3]!.openingQuote).toBe(1)
    expect(feats[3]!.quoted).toBeGreaterThan(0.5)
    expect(feats[4]!.anaphora).toBe(1)
    expect(feats[0]!.anaphora).toBe(0)
    expect(feats[0]!.titleOverlap).toBeGreaterThan(feats[4]!.titleOverlap)
  })

  it('flags a hedged sentence by its lowercase modal of possibility, not the month May or a plain statement', () => {
    const hedgedOf = (norm: string) =>
      features({ tokens: tokenize(norm), norm, bodyIndex: 1, inParagraph: 0, listItem: false }, stats).hedged
    expect(hedgedOf('The bank could raise rates again in June, analysts said.')).toBe(1)
    expect(hedgedOf('Rates may rise again.')).toBe(1)
    expect(hedgedOf('The bank raised rates on May 3.')).toBe(0)
    expect(hedgedOf('May was the bank’s busiest month.')).toBe(0)
    expect(feats[0]!.hedged).toBe(0)
  })

  it('prefers the statement of fact to the same sentence hedged', () => {
    const pair = ['The council will close the bridge for repairs next month.', 'The council could close the bridge for repairs next month.']
    const rows = pair.map((norm) => features({ tokens: tokenize(norm), norm, bodyIndex: 1, inParagraph: 0, listItem: false }, stats))
    expect(weightedScore(rows[0]!)).toBeGreaterThan(weightedScore(rows[1]!))
  })

  it('ranks the on-topic lead first and the rhetorical question last', () => {
    const scores = feats.map((f) => weightedScore(f))
    expect(scores.indexOf(Math.max(...scores))).toBe(0)
    expect(scores[2]).toBeLessThan(scores[1]!)
  })

  it('computes centrality against the rest of the document, not the sentence itself', () => {
    const alone = documentStats([tokenize('Apples and pears.')], [])
    const tf = new Map([['appl', 1], ['pear', 1]])
    expect(centrality(tf, alone)).toBe(0)
  })

  it('measures the quoted share of a sentence, an unclosed quote running to the end', () => {
    expect(quotedShare('No quotes here.')).toBe(0)
    expect(quotedShare('"All of it"')).toBe(1)
    expect(quotedShare('He said "yes')).toBeCloseTo(4 / 12)
  })

  it('counts a sentence that closes a quotation opened earlier as quoted up to its closing mark', () => {
    // The middle of a long quotation: only its end shows, and it is someone else's words, not the writer's.
    expect(quotedShare('British films connect the UK and Pakistan.”')).toBe(1)
    expect(quotedShare('British films connect the UK and Pakistan."')).toBe(1)
    expect(quotedShare('It will end soon,” she said.')).toBeCloseTo(18 / 28)
    // A straight closing mark after a comma, as wire copy writes it: the words before it are the quotation's.
    expect(quotedShare('It will end soon," she said.')).toBeCloseTo(18 / 28)
    // A straight mark that does not follow a stop at the end is not read as a closer.
    expect(quotedShare('The "Brilliantly British" season')).toBeCloseTo(21 / 32)
  })

  it('mixes the short-summary weights toward the long-summary ones as the summary grows', () => {
    expect(weightsFor(3, 1000).position).toBeCloseTo(WEIGHTS.position!, 2)
    expect(weightsFor(10, 10).position).toBe(WEIGHTS_LONG.position)
    expect(weightsFor(1, 0).position).toBe(WEIGHTS_LONG.position)
  })
})
