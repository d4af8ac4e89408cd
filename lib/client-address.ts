import 'server-only'

import { headers } from 'next/headers'

// The client's address as the proxy in front of us saw it, for rate limits
// only (never for authorization).
export function clientAddressFrom(getHeader: (name: string) => string | null) {
  const forwarded = getHeader('x-forwarded-for')?.split(',')[0]?.trim()

  return forwarded || getHeader('x-real-ip') || 'onbekend'
}

export async function currentClientAddress() {
  const headerStore = await headers()

  return clientAddressFrom((name) => headerStore.get(name))
}
