// Options of `summarize`, their defaults and their bounds: the single place the core's limits are stated.

/** How `summarize` is asked to work. Every field is optional; defaults are in `DEFAULTS`. */
export interface SummarizeOptions {
  /** The article's title. Default: detected from the first line when it looks like a headline. */
  title?: string | null
  /** `'auto'` (default) or an ISO 639-1 code the core supports (`'en'`). */
  language?: string
  /** Summary length in sentences, 1–20. Default 3. */
  sentences?: number
  /** Key points, 1–10. Default 5. */
  bullets?: number
  /** Keyphrases, 0–25. Default 10. */
  keywords?: number
  /** Fraction (0–1] of the article's sentences to return instead of `sentences`; at least one. */
  ratio?: number
  /** Word budget of the summary: whole sentences are dropped, lowest-ranked first, until it fits. */
  maxWords?: number
  /** Character budget of the summary, as `maxWords`. */
  maxCharacters?: number
  /** Order of `sentences` in the result: `'offset'` (document order, default) or `'rank'`. */
  sortBy?: 'offset' | 'rank'
  /** Attach each returned sentence's feature values. Default false. */
  explain?: boolean
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<SummarizeOptions, 'title' | 'ratio' | 'maxWords' | 'maxCharacters'>> &
  Pick<SummarizeOptions, 'title' | 'ratio' | 'maxWords' | 'maxCharacters'>

/** The defaults, as documented in the API. */
export const DEFAULTS = {
  language: 'auto',
  sentences: 3,
  bullets: 5,
  keywords: 10,
  sortBy: 'offset',
  explain: false,
} as const

/** Inclusive bounds of the counts; the HTTP schema reuses them. */
export const LIMITS = {
  sentences: { min: 1, max: 20 },
  bullets: { min: 1, max: 10 },
  keywords: { min: 0, max: 25 },
  maxWords: { min: 5, max: 2000 },
  maxCharacters: { min: 20, max: 20000 },
} as const

/** Languages the core has word lists for. */
export const SUPPORTED_LANGUAGES = ['en'] as const

/** Fills in defaults and clamps counts into their bounds, so the core never trusts its caller. */
export function resolveOptions(options: SummarizeOptions = {}): ResolvedOptions {
  const clamp = (v: number | undefined, d: number, { min, max }: { min: number; max: number }) =>
    v === undefined || !Number.isFinite(v) ? d : Math.min(max, Math.max(min, Math.floor(v)))
  return {
    // A blank title is no title: the one the text shows is detected, and the id is that of a request without one.
    title: options.title?.trim() || undefined,
    language: options.language ?? DEFAULTS.language,
    sentences: clamp(options.sentences, DEFAULTS.sentences, LIMITS.sentences),
    bullets: clamp(options.bullets, DEFAULTS.bullets, LIMITS.bullets),
    keywords: clamp(options.keywords, DEFAULTS.keywords, LIMITS.keywords),
    ratio: options.ratio === undefined ? undefined : Math.min(1, Math.max(0, options.ratio)),
    maxWords: options.maxWords === undefined ? undefined : clamp(options.maxWords, 0, LIMITS.maxWords),
    maxCharacters:
      options.maxCharacters === undefined ? undefined : clamp(options.maxCharacters, 0, LIMITS.maxCharacters),
    sortBy: options.sortBy ?? DEFAULTS.sortBy,
    explain: options.explain ?? DEFAULTS.explain,
  }
}
