// API keys: `Authorization: Bearer <key>` checked against the `API_KEYS` secret by SHA-256 digest, in constant time.

const encoder = new TextEncoder()
const HASHED = /^sha256:([0-9a-f]{64})$/i

/** A configured key as the check uses it: its digest, and a short public id for rate limiting and logs. */
export interface KeyDigest {
  digest: Uint8Array
  /** The first 8 bytes of the digest in hex: names the key without revealing it. */
  id: string
}

async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')

function fromHex(text: string): Uint8Array {
  const out = new Uint8Array(text.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16)
  return out
}

// Keyed by the parsed list, which `getConfig` keeps for the life of the isolate: the keys are hashed once.
const cache = new WeakMap<readonly string[], Promise<KeyDigest[]>>()

/**
 * Digests of the configured keys. An entry `sha256:<64 hex digits>` is already a digest (so the secret need not
 * hold the key itself); any other entry is a key and is hashed here.
 */
export function keyDigests(keys: readonly string[]): Promise<KeyDigest[]> {
  let digests = cache.get(keys)
  if (!digests) {
    digests = Promise.all(
      keys.map(async (key) => {
        const hashed = HASHED.exec(key)
        const digest = hashed ? fromHex(hashed[1]!.toLowerCase()) : await sha256(key)
        return { digest, id: hex(digest.subarray(0, 8)) }
      }),
    )
    cache.set(keys, digests)
  }
  return digests
}

/**
 * Equality of two byte strings whose time depends only on their length: `crypto.subtle.timingSafeEqual` in workerd,
 * an XOR fold elsewhere. Both sides are SHA-256 digests here, so the length never tells anything.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false
  const subtle = crypto.subtle as SubtleCrypto & { timingSafeEqual?: (a: ArrayBufferView, b: ArrayBufferView) => boolean }
  if (typeof subtle.timingSafeEqual === 'function') return subtle.timingSafeEqual(a, b)
  let diff = 0
  for (let i = 0; i < a.byteLength; i++) diff |= a[i]! ^ b[i]!
  return diff === 0
}

/** The token of an `Authorization: Bearer <token>` header, or null when there is none or it is malformed. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null
  const space = header.indexOf(' ')
  if (space === -1 || header.slice(0, space).toLowerCase() !== 'bearer') return null
  const token = header.slice(space + 1).trim()
  return token.length > 0 && !/\s/.test(token) ? token : null
}

/**
 * The configured key `token` is, or null. The token is hashed and compared with every configured digest, without
 * stopping at a match, so neither the key's bytes nor its place in the list show in the time taken.
 */
export async function matchKey(token: string, digests: readonly KeyDigest[]): Promise<KeyDigest | null> {
  const presented = await sha256(token)
  let match: KeyDigest | null = null
  for (const key of digests) if (timingSafeEqual(presented, key.digest) && match === null) match = key
  return match
}
