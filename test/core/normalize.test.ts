import { describe, expect, it } from 'vitest'
import { normalize, toSourceSpan } from '../../src/core/normalize.js'

describe('normalize', () => {
  it('composes to NFC and maps each character back to its source span', () => {
    const source = 'Are\u0301valo said'
    const n = normalize(source)
    expect(n.text).toBe('Arévalo said')
    const e = n.text.indexOf('é')
    expect(toSourceSpan(n, e, e + 1)).toEqual({ start: 2, end: 4 })
    expect(source.slice(toSourceSpan(n, 0, n.text.length).start, toSourceSpan(n, 0, n.text.length).end)).toBe(source)
  })

  it('turns CRLF into LF, odd spaces into spaces, and drops invisible characters', () => {
    const n = normalize('One.\r\nTwo\u00a0words\u200b here')
    expect(n.text).toBe('One.\nTwo words here')
    const two = n.text.indexOf('Two')
    const span = toSourceSpan(n, two, n.text.length)
    expect('One.\r\nTwo\u00a0words\u200b here'.slice(span.start, span.end)).toBe('Two\u00a0words\u200b here')
  })

  it('keeps the zero-width joiner and non-joiner, which make emoji sequences and spell Persian words', () => {
    const health = 'The nurse 👩🏽\u200d⚕️ and the 🏳️\u200d🌈 flag'
    expect(normalize(health).text).toBe(health)
    expect(normalize('بیمارستان\u200cها').text).toBe('بیمارستان\u200cها')
    // Between two ASCII letters no script needs one: `Micro‌soft` is `Microsoft`.
    const stray = normalize('Micro\u200csoft and Face\u200dbook')
    expect(stray.text).toBe('Microsoft and Facebook')
    expect(toSourceSpan(stray, 0, 9)).toEqual({ start: 0, end: 10 })
  })

  it('reads NEL and the line separator as line breaks and the paragraph separator as a blank line', () => {
    const source = 'Budget approved\u2028The council agreed.\u0085It will fund schools.\u2029Next year too.'
    const n = normalize(source)
    expect(n.text).toBe('Budget approved\nThe council agreed.\nIt will fund schools.\n\nNext year too.')
    const next = n.text.indexOf('Next')
    expect(toSourceSpan(n, next - 2, next)).toEqual({ start: source.indexOf('\u2029'), end: source.indexOf('\u2029') + 1 })
  })

  it('keeps astral characters whole and replaces lone surrogates', () => {
    const n = normalize('Hi 👋 \ud800 there')
    expect(n.text).toBe('Hi 👋 \ufffd there')
    const wave = n.text.indexOf('👋')
    expect(toSourceSpan(n, wave, wave + 2)).toEqual({ start: 3, end: 5 })
  })
})
