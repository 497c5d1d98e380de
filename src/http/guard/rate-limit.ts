// Rate limiting through the Workers Rate Limiting binding: who a request counts against, and whether it may go on.

/** The part of the Workers Rate Limiting binding (`RateLimit`) the app uses. */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>
}

// Longest address kept in a key: an IPv6 address with a zone is under 64 characters; anything longer is not an address.
const MAX_ADDRESS = 64

/** An IPv6 address reduced to its /64, the block one subscriber is given; `null` when it does not parse. */
export function ipv6Prefix(address: string): string | null {
  const halves = address.split('::')
  if (halves.length > 2) return null
  const head = halves[0] ? halves[0].split(':') : []
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : []
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? head.length !== 8 : missing < 1) return null
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]
  const prefix = groups.slice(0, 4)
  if (!prefix.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null
  return `${prefix.map((g) => parseInt(g, 16).toString(16)).join(':')}::/64`
}

/**
 * The client's address as a rate-limit key: `CF-Connecting-IP`, which Cloudflare sets on every request from the
 * internet and clients cannot forge at the edge. An IPv6 client counts by its /64, since it can rotate addresses
 * inside it freely. `null` without the header.
 */
export function clientAddress(header: string | undefined): string | null {
  const address = (header ?? '').trim().slice(0, MAX_ADDRESS)
  if (address === '') return null
  return address.includes(':') ? (ipv6Prefix(address) ?? address) : address
}

/**
 * The bucket a request counts against: its API key's id when it sent a valid key, else its address; `null` (not
 * limited) when it has neither. A request without `CF-Connecting-IP` did not come through Cloudflare's edge — a
 * test calling the Worker directly, a service binding from another Worker — so it has no client to count, and
 * lumping all such callers into one bucket would only throttle the tooling. (`wrangler dev` sets the header to the
 * local address, so a local run is limited like a deployment.)
 */
export function rateLimitKey(keyId: string | null, addressHeader: string | undefined): string | null {
  if (keyId !== null) return `key:${keyId}`
  const address = clientAddress(addressHeader)
  return address === null ? null : `ip:${address}`
}

/** What `allow` found. */
export type LimitOutcome = 'allowed' | 'limited' | 'unlimited' | 'failed'

/**
 * Asks the limiter whether `key` may make one more request. Without a binding or a key the request is not limited;
 * when the limiter itself fails the request goes on (`failed`), because the limit protects the bill, not the answer.
 */
export async function allow(limiter: RateLimiter | undefined, key: string | null): Promise<LimitOutcome> {
  if (key === null || limiter === undefined || typeof limiter.limit !== 'function') return 'unlimited'
  try {
    return (await limiter.limit({ key })).success ? 'allowed' : 'limited'
  } catch {
    return 'failed'
  }
}
