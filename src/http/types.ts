// Hono environment of the app: the Worker's bindings and the per-request variables middleware sets.
import type { RequestIdVariables } from 'hono/request-id'

/** Bindings and variables every handler sees. */
export interface AppEnv {
  Bindings: Env
  Variables: RequestIdVariables
}
