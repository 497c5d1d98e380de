// The keyphrases of a text as the keyword tests read them: body sentences tokenized, keywords() on them, texts only.
import { analyze, isBody } from '../../src/core/analyze.js'
import { keywords, type KeywordOptions } from '../../src/core/keywords.js'
import { tokenize } from '../../src/core/tokenize.js'

/** `keywords` of `text`'s body sentences, 25 of them unless `options` say otherwise. */
export function phrases(text: string, options: KeywordOptions = {}): string[] {
  const body = analyze(text).sentences.filter(isBody)
  return keywords(
    body.map((s, i) => ({ tokens: tokenize(s.norm), norm: s.norm, offset: 0, bodyIndex: i })),
    { count: 25, ...options },
  ).map((k) => k.text)
}
