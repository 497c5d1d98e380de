// Public entry of the summarizer core: `summarize(text, options)`, usable as a library outside the Worker.
export { summarize } from './summarize.js'
export { analyze, isBody, type AnalyzeOptions } from './analyze.js'
export { DEFAULTS, LIMITS, SUPPORTED_LANGUAGES, resolveOptions, type ResolvedOptions, type SummarizeOptions } from './options.js'
export { ALGORITHM_VERSION } from './version.js'
export type * from './types.js'
