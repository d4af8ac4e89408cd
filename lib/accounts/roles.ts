import type { Role } from '@/db/types'

// The roles a beheerder hands out by invitation (client-safe).
export const INVITABLE_ROLES = [
  'bpv_begeleider',
  'bpv_beoordelaar',
  'beheerder',
] as const satisfies readonly Role[]
