// Key points never leave a quotation mark without its partner once the attribution or the next sentence is cut off.
import { describe, expect, it } from 'vitest'
import { summarize } from '../../src/core/index.js'
import { finishBullets, shorten } from '../../src/core/keypoints.js'
import { balanceQuotes, dropLooseMarks, looseMarks } from '../../src/core/quotemarks.js'
import type { Sentence } from '../../src/core/types.js'

const sentence = (text: string): Sentence => ({
  index: 0, start: 0, end: text.length, text, norm: text, kind: 'paragraph', block: 0, paragraph: 0, inParagraph: 0,
})
const finish = (text: string) => finishBullets([{ text, sentence: sentence(text) }])[0]!.text

describe('quotation marks in key points', () => {
  it('puts back the closing mark a trailing attribution took, after the full stop', () => {
    expect(shorten('The union leader said: "This is the end of the road," he said.')).toBe(
      'The union leader said: "This is the end of the road."',
    )
    expect(shorten('"We are confident we have the right people," said Chief Inspector Sarah Brown.')).toBe(
      '"We are confident we have the right people."',
    )
    expect(shorten('"We remain hopeful," the spokesperson said.')).toBe('"We remain hopeful."')
    expect(shorten('“We remain hopeful,” the spokesperson said.')).toBe('“We remain hopeful.”')
    expect(shorten('‘We remain hopeful,’ the spokesperson said.')).toBe('‘We remain hopeful.’')
    // The last sentence of a longer quotation: its opening mark is in an earlier sentence, so none comes back.
    expect(shorten('We will win," he said.')).toBe('We will win.')
  })

  it('gives balanced quotations in a summary’s key points', () => {
    const text =
      'Talks collapse\n\nThe union leader said: "This is the end of the road," he said. ' +
      '"We are confident we have the right people," said Chief Inspector Sarah Brown. ' +
      '“We remain hopeful,” the spokesperson said.'
    const points = summarize(text, { bullets: 3 }).keyPoints.map((k) => k.text)
    expect(points).toContain('The union leader said: "This is the end of the road."')
    for (const p of points) expect(looseMarks(p), p).toEqual({ open: -1, close: -1 })
  })

  it('closes a quotation a sentence opens and the next one ends, and opens one whose start was cut', () => {
    expect(finish('The minister said: “We will win.')).toBe('The minister said: “We will win.”')
    expect(finish('We always do.”')).toBe('“We always do.”')
    expect(finish('Second sentence."')).toBe('"Second sentence."')
    expect(finish('It very much looks like it predates the ice sheets," Bamber said.')).toBe(
      '"It very much looks like it predates the ice sheets," Bamber said.',
    )
    expect(finish('« Nous partons.')).toBe('« Nous partons. »')
    expect(finish('Nous partons. »')).toBe('« Nous partons. »')
  })

  it('leaves balanced marks, apostrophes, inch marks and arrows alone', () => {
    for (const text of [
      'He called it "fake news" on Monday.',
      'The players’ union met on Monday.',
      'Guatemala’s interest in ‘rock ’n’ roll’ is new.',
      'It has a 5" screen.',
      'Titles such as "Mario Kart 8" and "Bayonetta 2" sold well.',
      'See photos of the couples » They met online.',
      '"Lots of people say \'Liz was\'; I say \'Liz is,\' " Henze said.',
    ])
      expect(balanceQuotes(text), text).toBe(text)
  })

  it('drops the loose marks of a bullet that names the speaker instead', () => {
    expect(dropLooseMarks('“Brilliantly British captures everything.')).toBe('Brilliantly British captures everything.')
    expect(dropLooseMarks('We always do."')).toBe('We always do.')
  })

  it('names the speaker of a bullet that was a quotation and its attribution, once the attribution is cut', () => {
    const text =
      'Health Secretary Tom Brown defended the plan on Tuesday in a speech to nurses in Leeds.\n\n' +
      'Critics said the money would not reach hospitals. Brown rejected the claim. “Every hospital in this country needs the money,” he said.\n\n' +
      'Officials said the plan would be published next week.'
    const points = summarize(text, { bullets: 5 }).keyPoints.map((k) => k.text)
    expect(points).toContain('Tom Brown: Every hospital in this country needs the money.')
  })
})
