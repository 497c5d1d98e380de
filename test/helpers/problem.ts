// The problem+json body the API answers every error with, as the tests read it.

/** An RFC 9457 problem document as returned by the Worker. */
export interface ProblemBody {
  type: string
  title: string
  status: number
  detail: string
  instance?: string
  requestId?: string
  errors?: { path: string; message: string }[]
}
