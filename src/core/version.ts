// The algorithm version: part of every result id and cache key, so a change of heuristics never serves stale results.

/** Bump on any change that can alter a result for the same input and options. */
export const ALGORITHM_VERSION = '1.6.0'
