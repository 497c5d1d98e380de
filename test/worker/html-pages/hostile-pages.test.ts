// Hostile pages of up to 1 MB: unclosed and deeply nested elements must still give the right text (no timing asserted).
import { describe, expect, it } from 'vitest'
import { extractText } from '../../../src/http/html.js'
import { postJson } from '../../helpers/app.js'

const ARTICLE =
  'The city council approved the new budget on Monday after a long debate. It funds three schools, a library and ' +
  'road repairs across the northern district.'

// lol-html stops past some 10,000 open elements of its own (it applies no implied end tags), so the nested cases
// stay under that; the megabyte ones are wide.
describe('html hostile pages', () => {
  it.each([
    ['10,000 unclosed <option>', `${'<option>'.repeat(10_000)}<p>${ARTICLE}</p>`],
    ['unclosed selects and options, each inside the last', `${'<select><option>x'.repeat(4_000)}<p>${ARTICLE}</p>`],
    ['unclosed navs inside inline elements, then main', `${'<b><nav>x'.repeat(4_000)}<main><p>${ARTICLE}</p></main>`],
    ['svg nested 8,000 deep, never closed', `${'<svg><g>'.repeat(4_000)}<p>${ARTICLE}</p>`],
    ['10,000 unclosed hidden paragraphs', `${'<p hidden>x'.repeat(10_000)}<p>${ARTICLE}</p>`],
    ['10,000 unclosed hidden list items', `<ul>${'<li aria-hidden="true">x'.repeat(10_000)}</ul><p>${ARTICLE}</p>`],
    ['a megabyte of options and hidden paragraphs left open in divs', `${'<div hidden><option>x<p aria-hidden="true">y</div>'.repeat(20_000)}<p>${ARTICLE}</p>`],
    ['a megabyte class list', `<p class="${'article-share-text '.repeat(50_000)}">${ARTICLE}</p>`],
  ])('%s', async (_, html) => {
    expect((await extractText(html)).text).toBe(ARTICLE)
  })

  it('keeps nested hidden wrappers when the article is inside, drops nested forms when not', async () => {
    const wrapped = `${'<div aria-hidden="true">'.repeat(8_000)}<h1>Budget approved</h1><p>${ARTICLE}</p>`
    expect(await extractText(wrapped)).toMatchObject({ text: `Budget approved\n\n${ARTICLE}`, title: 'Budget approved' })
    const forms = `<p>${ARTICLE}</p>${'<form>x'.repeat(8_000)}<p>Sign up.</p>`
    expect((await extractText(forms)).text).toBe(ARTICLE)
  })

  it('takes the first h1 as the title however deeply h1s nest', async () => {
    const page = `${'<h1>'.repeat(8_000)}Budget approved${'</h1>'.repeat(8_000)}<p>${ARTICLE}</p>`
    expect(await extractText(page)).toMatchObject({ text: `Budget approved\n\n${ARTICLE}`, title: 'Budget approved' })
  })

  it('keeps the text before nesting too deep for the parser, and answers 200, not 500', async () => {
    const page = `<p>${ARTICLE}</p>${'<b>'.repeat(60_000)}DEEP_LEAK`
    expect((await extractText(page)).text).toBe(ARTICLE)
    const res = await postJson({ html: page })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { extractedText: string }).extractedText).toBe(ARTICLE)
  })
})
