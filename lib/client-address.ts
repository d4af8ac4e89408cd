import 'server-only'

import { headers } from 'next/headers'

// The client's address as our own proxy saw it, for rate limits only (never
// for authorization). Forwarding headers can be forged by any client, so
// they count only behind a proxy that sets them (Vercel, or TRUST_PROXY=1);
// without one there is no per-client limit, only the per-address ones.
export function clientAddressFrom(
  getHeader: (name: string) => string | null,
): string | null {
  const isBehindProxy =
    process.env.VERCEL === '1' || process.env.TRUST_PROXY === '1'

  if (!isBehindProxy) {
    return null
  }

  // The proxy appends the address it saw last; earlier entries are the
  // client's own claims.
  const forwarded = getHeader('x-forwarded-for')?.split(',').at(-1)?.trim()

  return getHeader('x-real-ip') || forwarded || null
}

export async function currentClientAddress() {
  const headerStore = await headers()

  return clientAddressFrom((name) => headerStore.get(name))
}
