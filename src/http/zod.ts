// zod for the Worker: `zod/mini` (functional, tree-shakable, a fraction of classic zod's size) with the English
// messages classic zod loads by itself, so a 422 reads the same. Use `import * as z from './zod.js'`, never 'zod':
// the re-export keeps every function separately importable, so the bundle holds only the ones used.
import { en } from 'zod/locales'
import { config } from 'zod/mini'

config(en())

export * from 'zod/mini'
