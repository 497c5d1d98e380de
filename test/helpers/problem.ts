// The problem+json body the API answers every error with, as the tests read it: the app's own type.
export type { Problem as ProblemBody } from '../../src/http/problem.js'
