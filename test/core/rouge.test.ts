// Hand-computed checks of the ROUGE scorer the eval harness uses (scripts/rouge.ts), so reported figures can be trusted.
import { describe, expect, it } from 'vitest'
import { lcsPositions, rouge, rougeLsum, rougeN, tokenize } from '../../scripts/rouge'

const close = (actual: number, expected: number) => expect(actual).toBeCloseTo(expected, 10)

describe('rouge', () => {
  it('tokenizes like rouge-score: lowercase, non-alphanumerics to spaces, stems only tokens longer than 3', () => {
    // "running-shoes," -> "running shoes"; "cats'" -> "cats" -> "cat"; "2nd" kept; "the" (3 chars) is not stemmed.
    expect(tokenize("The Cats' running-shoes, 2nd!")).toEqual(['the', 'cat', 'run', 'shoe', '2nd'])
    // "was" has 3 characters so it escapes the stemmer (which would give "wa"); "this" has 4 and becomes "thi".
    expect(tokenize('was this')).toEqual(['was', 'thi'])
    // Non-ASCII letters are not a-z, so they split words (as in rouge-score, which does the same after lower()).
    expect(tokenize('café—NEWS')).toEqual(['caf', 'new'])
    expect(tokenize('  ...  ')).toEqual([])
  })

  it('scores ROUGE-1 and ROUGE-2 across stemming and punctuation', () => {
    // ref  "Markets rallied."    -> [market, ralli]
    // cand "The market rallies." -> [the, market, ralli]
    // R1: overlap 2; P = 2/3, R = 2/2 = 1, F = 2·(2/3)·1 / (2/3 + 1) = (4/3)/(5/3) = 0.8
    // R2: ref {market ralli}; cand {the market, market ralli}; overlap 1; P = 1/2, R = 1/1, F = 2·(1/2)/(3/2) = 2/3
    const s = rouge('Markets rallied.', 'The market rallies.')
    close(s.rouge1.precision, 2 / 3)
    close(s.rouge1.recall, 1)
    close(s.rouge1.f, 0.8)
    close(s.rouge2.precision, 1 / 2)
    close(s.rouge2.recall, 1)
    close(s.rouge2.f, 2 / 3)
  })

  it('scores a reordered sentence: n-grams match anywhere, LCS only in order', () => {
    // ref  "Police arrested the man."         -> [polic, arrest, the, man]                (4)
    // cand "The man was arrested by police!"  -> [the, man, was, arrest, by, polic]       (6)
    // R1: overlap 4; P = 4/6, R = 4/4; F = 2·(2/3)·1/(5/3) = 0.8
    // R2: ref {polic arrest, arrest the, the man}, cand {the man, man was, was arrest, arrest by, by polic};
    //     overlap 1 (the man); P = 1/5, R = 1/3; F = 2·(1/15)/(8/15) = 0.25
    // RLsum (one sentence each): LCS = [the, man] = 2 (arrest comes after "man" in cand but before it in ref);
    //     P = 2/6, R = 2/4; F = 2·(1/6)/(5/6) = 0.4
    const s = rouge('Police arrested the man.', 'The man was arrested by police!')
    close(s.rouge1.f, 0.8)
    close(s.rouge2.precision, 1 / 5)
    close(s.rouge2.recall, 1 / 3)
    close(s.rouge2.f, 0.25)
    close(s.rougeLsum.precision, 1 / 3)
    close(s.rougeLsum.recall, 1 / 2)
    close(s.rougeLsum.f, 0.4)
  })

  it('clips repeated n-grams to the count in the other text', () => {
    // ref  [the, the, cat]            cand [the, the, the, the, dog]
    // R1: the → min(2, 4) = 2, cat → 0; overlap 2; P = 2/5, R = 2/3; F = 2·(4/15)/(16/15) = 0.5
    // R2: ref {the the: 1, the cat: 1} (2); cand {the the: 3, the dog: 1} (4); overlap min(1, 3) = 1;
    //     P = 1/4, R = 1/2; F = 2·(1/8)/(3/4) = 1/3
    const ref = tokenize('the the cat')
    const can = tokenize('the the the the dog')
    const r1 = rougeN(ref, can, 1)
    close(r1.precision, 2 / 5)
    close(r1.recall, 2 / 3)
    close(r1.f, 0.5)
    const r2 = rougeN(ref, can, 2)
    close(r2.precision, 1 / 4)
    close(r2.recall, 1 / 2)
    close(r2.f, 1 / 3)
  })

  it('gives 0 for an empty side and rejects a bad n', () => {
    expect(rouge('a cat', '')).toEqual({
      rouge1: { precision: 0, recall: 0, f: 0 },
      rouge2: { precision: 0, recall: 0, f: 0 },
      rougeLsum: { precision: 0, recall: 0, f: 0 },
    })
    expect(() => rougeN(['a'], ['a'], 0)).toThrow(RangeError)
  })

  it('ROUGE-Lsum takes the union of LCS hits over candidate sentences', () => {
    // ref  ["red fox ate hen"]          -> [[red, fox, ate, hen]]           m = 4
    // cand ["ate hen", "red fox"]       -> [[ate, hen], [red, fox]]         n = 4
    // LCS(ref, "ate hen") = positions {2, 3}; LCS(ref, "red fox") = {0, 1}; union {0, 1, 2, 3} → 4 hits.
    // P = 4/4, R = 4/4, F = 1. (Plain ROUGE-L over the concatenated candidate would find only 2: P = R = F = 0.5.)
    const s = rouge(['red fox ate hen'], ['ate hen', 'red fox'])
    close(s.rougeLsum.f, 1)
    const flat = rouge('red fox ate hen', 'ate hen red fox')
    close(flat.rougeLsum.f, 0.5)
  })

  it('ROUGE-Lsum credits a token no more often than either summary holds it', () => {
    // ref  [[cat, sat], [cat, ran]]   m = 4;   cand [[cat]]   n = 1
    // Sentence 1: union {0} → "cat": ref left 2, cand left 1 → hit (ref left 1, cand left 0).
    // Sentence 2: union {0} → "cat": cand left 0 → no hit. hits = 1.
    // P = 1/1, R = 1/4; F = 2·(1/4)/(5/4) = 0.4  (without the bound P would be 2/1).
    const s = rougeLsum([tokenize('cat sat'), tokenize('cat ran')], [tokenize('cat')])
    close(s.precision, 1)
    close(s.recall, 1 / 4)
    close(s.f, 0.4)
  })

  it('ROUGE-Lsum picks the same LCS as rouge-score when several are equally long', () => {
    // ref [[one, two, one]] m = 3; cand [[one], [two, one]] n = 3
    // LCS(ref, [one]) has length 1 at position 0 or 2; rouge-score's backtrack starts at the end and matches 2.
    // LCS(ref, [two, one]) = {1, 2}. Union {1, 2} → 2 hits (position 0 is never credited).
    // P = 2/3, R = 2/3, F = 2/3. (Had the first LCS been {0}, the union would be all 3 → F = 1.)
    expect(lcsPositions(['one', 'two', 'one'], ['one'])).toEqual([2])
    const s = rouge(['one two one'], ['one', 'two one'])
    close(s.rougeLsum.precision, 2 / 3)
    close(s.rougeLsum.recall, 2 / 3)
    close(s.rougeLsum.f, 2 / 3)
  })

  it('scores a multi-sentence summary end to end', () => {
    // ref  ["the cat sat on the mat", "dogs bark"]
    //      → [the, cat, sat, on, the, mat] + [dog, bark]                     m = 8
    // cand ["the cat was on a mat", "the dogs bark loudly"]
    //      → [the, cat, was, on, a, mat] + [the, dog, bark, loudli]          n = 10
    // R1: the min(2, 3) = 2, cat, on, mat, dog, bark → overlap 7; P = 7/10, R = 7/8; F = 2·7/(10 + 8) = 7/9
    // RLsum: ref 1 vs cand 1: LCS [the, cat, on, mat] at {0, 1, 3, 5}; vs cand 2: [the] at {0}; union {0, 1, 3, 5}
    //          → the, cat, on, mat all within counts → 4 hits
    //        ref 2 vs cand 1: nothing; vs cand 2: [dog, bark] → 2 hits. Total 6.
    //        P = 6/10, R = 6/8; F = 2·0.45/1.35 = 2/3
    // Passing the same sentences as one newline-separated string must give the same figures.
    const ref = ['the cat sat on the mat', 'dogs bark']
    const can = ['the cat was on a mat', 'the dogs bark loudly']
    const s = rouge(ref, can)
    close(s.rouge1.precision, 7 / 10)
    close(s.rouge1.recall, 7 / 8)
    close(s.rouge1.f, 7 / 9)
    close(s.rougeLsum.precision, 6 / 10)
    close(s.rougeLsum.recall, 6 / 8)
    close(s.rougeLsum.f, 2 / 3)
    expect(rouge(ref.join('\n'), `${can.join('\n')}\n\n`)).toEqual(s)
  })
})
