// HTML extraction in workerd's HTMLRewriter: what never reaches the text, omitted end tags, furniture, the article.
import { describe, expect, it } from 'vitest'
import { cleanTitle, extractText } from '../../src/http/html.js'
import { namesFurniture } from '../../src/http/html-rules.js'
import { postJson } from '../helpers/app.js'

const ARTICLE =
  'The city council approved the new budget on Monday after a long debate. It funds three schools, a library and ' +
  'road repairs across the northern district. The mayor said work would start in May and finish within two years.'
const LATER = 'Opposition members said the library should have come first.'

// One element of each kind that leaked, each holding a marker that must not survive.
const LEAKY = [
  '<object data="chart.svg" type="image/svg+xml"><p>OBJECT_LEAK fallback text.</p></object>',
  '<embed src="clip.swf">',
  '<textarea name="comment">TEXTAREA_LEAK default text.</textarea>',
  '<dialog open><p>DIALOG_LEAK we use cookies.</p><button>OK</button></dialog>',
  '<select><optgroup label="g"><option>SELECT_LEAK first</option></optgroup></select>',
  '<option>OPTION_LEAK stray option</option>',
  '<datalist id="d"><option value="x">DATALIST_LEAK</option></datalist>',
  '<video src="v.mp4"><p>VIDEO_LEAK your browser cannot play this.</p></video>',
  '<audio src="a.mp3">AUDIO_LEAK fallback</audio>',
  '<canvas>CANVAS_LEAK fallback</canvas>',
]

const textOf = async (html: string) => (await extractText(html)).text

describe('html', () => {
  it('drops textarea, dialog, select/option, object/embed and media fallbacks, and keeps the article', async () => {
    const text = await textOf(`<article><h1>Budget approved</h1>${LEAKY.join('')}<p>${ARTICLE}</p></article>`)
    expect(text).not.toMatch(/_LEAK/)
    expect(text).toContain(ARTICLE)
  })

  it('keeps the text after a dropped element, nested or not', async () => {
    const text = await textOf(
      `<p>Before the object.</p><object><object><p>OBJECT_LEAK</p></object></object><p>After the object.</p>` +
        `<textarea><p>TEXTAREA_LEAK</p></textarea><p>After the textarea.</p><embed src="x"><p>After the embed.</p>`,
    )
    expect(text).toBe('Before the object.\n\nAfter the object.\n\nAfter the textarea.\n\nAfter the embed.')
  })

  it('never returns the dropped contents as extractedText through the API', async () => {
    const res = await postJson({ html: `${LEAKY.join('\n')}<p>${ARTICLE}</p>` })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { extractedText: string; summary: string }
    expect(body.extractedText).not.toMatch(/_LEAK/)
    expect(body.extractedText).toBe(ARTICLE)
    expect(body.summary).not.toMatch(/_LEAK/)
  })

  // Each page leaves a dropped element's end tag out where HTML allows it (or writes `<x/>`, which HTML ignores on
  // a non-void element); the text after it must survive.
  it.each([
    ['an unclosed option outside a select', `<option>OPTION_LEAK<p>${ARTICLE}</p><p>${LATER}</p>`],
    ['options and an optgroup with no end tags', `<optgroup label="g"><option>A_LEAK<option>B_LEAK<p>${ARTICLE}</p><p>${LATER}</p>`],
    ['an unclosed select', `<select name="s"><option>SELECT_LEAK<p>${ARTICLE}</p><p>${LATER}</p>`],
    ['a head with no end tag', `<html><head><title>T</title><meta charset="utf-8"><body><p>${ARTICLE}</p><p>${LATER}`],
    ['no head end tag and no body tag', `<head><title>T</title><link rel="x"><p>${ARTICLE}</p><p>${LATER}</p>`],
    ['an unclosed svg before a paragraph', `<svg><rect><text>SVG_LEAK</text><p>${ARTICLE}</p><p>${LATER}</p>`],
    ['a self-closed svg', `<svg/><p>${ARTICLE}</p><p>${LATER}</p>`],
    ['a button written <button/>', `<button/>BUTTON_LEAK<p>${ARTICLE}</p><p>${LATER}</p>`],
    ['a hidden paragraph with no end tag', `<p hidden>HIDDEN_LEAK<p>${ARTICLE}<p>${LATER}`],
    ['an aria-hidden list item with no end tag', `<ul><li aria-hidden="true">LI_LEAK<li>${ARTICLE}</ul><p>${LATER}</p>`],
    ['an unclosed nav before main', `<nav><ul><li>NAV_LEAK<main><p>${ARTICLE}</p><p>${LATER}</p></main>`],
    ['a video written <video/>', `<video src="v.mp4"/><h2>Budget</h2><p>${ARTICLE}</p><p>${LATER}</p>`],
  ])('keeps the article after %s', async (_, html) => {
    const text = await textOf(html)
    expect(text).not.toMatch(/_LEAK/)
    expect(text).toContain(ARTICLE)
    expect(text.indexOf(LATER)).toBeGreaterThan(text.indexOf(ARTICLE))
  })

  it('takes the title from the head even when the head has no end tag, but not from an svg title', async () => {
    const res = await extractText(`<head><title>Budget approved - City Hall</title><meta property="og:site_name" content="City Hall">` +
      `<body><svg><title>Icon</title></svg><p>${ARTICLE}</p>`)
    expect(res).toMatchObject({ text: ARTICLE, title: 'Budget approved' })
  })

  it('keeps svg foreignObject content dropped, and what follows the svg', async () => {
    expect(await textOf(`<svg><foreignObject><p>FO_LEAK</p></foreignObject></svg><p>${ARTICLE}</p>`)).toBe(ARTICLE)
  })
})

describe('html furniture', () => {
  it('drops ARIA landmarks, dialogs, aria-modal, aria-hidden and hidden, but keeps hidden="until-found"', async () => {
    const furniture = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alert']
      .map((role) => `<div role="${role}"><p>ROLE_${role}_LEAK.</p></div>`)
      .join('')
    const text = await textOf(
      `${furniture}<div aria-modal="true">MODAL_LEAK</div><span aria-hidden="true">ARIA_LEAK</span>` +
        `<div hidden><p>HIDDEN_LEAK</p></div><p>${ARTICLE}</p><div hidden="until-found"><p>${LATER}</p></div>`,
    )
    expect(text).toBe(`${ARTICLE}\n\n${LATER}`)
  })

  it('keeps a page wrapped in a form or hidden behind a modal when the article is inside, and drops a plain form', async () => {
    const aspx = `<form id="aspnetForm"><div class="page"><h1>Budget approved</h1><p>${ARTICLE}</p></div></form>`
    expect(await textOf(aspx)).toBe(`Budget approved\n\n${ARTICLE}`)
    const modal = `<div aria-hidden="true"><main><p>${ARTICLE}</p></main></div><div role="dialog">COOKIE_LEAK</div>`
    expect(await textOf(modal)).toBe(ARTICLE)
    const signup = `<p>${ARTICLE}</p><form><h2>FORM_LEAK Get the briefing</h2><label>Email</label></form><p>${LATER}</p>`
    expect(await textOf(signup)).toBe(`${ARTICLE}\n\n${LATER}`)
    // A label of a kept form (`Email` over a sign-up box in an ASP.NET page) is a control's caption, not article text.
    const kept = `<form id="aspnetForm"><main><p>${ARTICLE}</p><label for="e">LABEL_LEAK Email</label><input id="e"></main></form>`
    expect(await textOf(kept)).toBe(ARTICLE)
  })

  it('drops cookie banners, breadcrumbs, share bars and related lists by class or id, whole words only', async () => {
    for (const name of ['gem-c-cookie-banner', 'govuk-breadcrumbs', 'share-buttons', 'c-social-share', 'related_stories', 'newsletter'])
      expect(namesFurniture(`clearfix ${name}`)).toBe(true)
    for (const name of ['article-share-text', 'shared-story', 'breadcrumbsy', 'cookie-bannerless', 'related', 'lead', 'newsletters-archive'])
      expect(namesFurniture(name)).toBe(false)
    const text = await textOf(
      `<div class="gem-c-cookie-banner"><p>COOKIE_LEAK</p></div><ol class="govuk-breadcrumbs"><li>CRUMB_LEAK</ol>` +
        `<p class="article-share-text">${ARTICLE}</p><div id="related-content"><p>RELATED_LEAK</p></div><p>${LATER}</p>`,
    )
    expect(text).toBe(`${ARTICLE}\n\n${LATER}`)
  })

  it('drops figure captions and the page header, keeps an article header, blockquotes and times', async () => {
    const text = await textOf(
      `<header>SITE_LEAK</header><article><header><h1>Budget approved</h1></header><figure><img alt="ALT_LEAK">` +
        `<figcaption>CAPTION_LEAK</figcaption></figure><p>${ARTICLE}</p><blockquote>${LATER}</blockquote>` +
        `<p>Updated <time datetime="2024-05-03">3 May 2024</time>.</p><footer>FOOTER_LEAK</footer></article>`,
    )
    expect(text).toBe(`Budget approved\n\n${ARTICLE}\n\n${LATER}\n\nUpdated 3 May 2024.`)
  })
})

describe('html article', () => {
  const card = (n: number) => `<article><h3>Story ${n}</h3><p>A short teaser for story ${n}.</p></article>`

  it('takes the text of the main element or the longest article, and the h1 inside it as the title', async () => {
    const page = `<h1>City Hall</h1><div>SIDEBAR_LEAK text outside the article.</div>` +
      `<article><h1>Budget approved</h1><p>${ARTICLE}</p><p>${LATER}</p></article>${card(1)}${card(2)}`
    expect(await extractText(page)).toMatchObject({ text: `Budget approved\n\n${ARTICLE}\n\n${LATER}`, title: 'Budget approved' })
    const main = await extractText(`<div>OUTSIDE_LEAK</div><div role="main"><h1>Budget</h1><p>${ARTICLE}</p></div>`)
    expect(main).toMatchObject({ text: `Budget\n\n${ARTICLE}`, title: 'Budget' })
  })

  it('takes the main, not an article, when its articles are only teasers', async () => {
    const text = await textOf(`<main><p>${ARTICLE}</p><section>${card(1)}${card(2)}</section></main><div>OUTSIDE_LEAK</div>`)
    expect(text.startsWith(ARTICLE)).toBe(true)
    expect(text).toContain('A short teaser for story 2.')
    expect(text).not.toContain('OUTSIDE_LEAK')
  })

  it('falls back to the whole page, and to the <title> without the site name', async () => {
    expect(await extractText(`<title>Budget approved | Example News</title><p>${ARTICLE}</p>`)).toMatchObject({ text: ARTICLE, title: 'Budget approved' })
    expect(cleanTitle('Rates fall - the lowest since 2021', '')).toBe('Rates fall - the lowest since 2021')
    expect(cleanTitle('Budget 2024 - GOV.UK', 'GOV.UK')).toBe('Budget 2024')
    expect(cleanTitle('A | very long tail that is a real part of the headline', '')).toBe('A | very long tail that is a real part of the headline')
  })
})
