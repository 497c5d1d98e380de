// HTML extraction in workerd's HTMLRewriter: what never reaches the text (form controls, dialogs, embed fallbacks).
import { describe, expect, it } from 'vitest'
import { extractText } from '../../src/http/html.js'
import { postJson } from '../helpers/app.js'

const ARTICLE =
  'The city council approved the new budget on Monday after a long debate. It funds three schools, a library and ' +
  'road repairs across the northern district. The mayor said work would start in May and finish within two years.'

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

describe('html', () => {
  it('drops textarea, dialog, select/option, object/embed and media fallbacks, and keeps the article', async () => {
    const { text } = await extractText(`<article><h1>Budget approved</h1>${LEAKY.join('')}<p>${ARTICLE}</p></article>`)
    expect(text).not.toMatch(/_LEAK/)
    expect(text).toContain(ARTICLE)
  })

  it('keeps the text after a dropped element, nested or not', async () => {
    const { text } = await extractText(
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
})
