// Types for the one file of the `stopword` package the core imports by path (the package ships none for it).
declare module 'stopword/src/stopwords_eng.js' {
  /** English stopwords, lowercase. */
  export const eng: readonly string[]
}
