import type { Role } from '@/db/types'

declare module 'next-auth' {
  interface Session {
    userId?: string
    sessionVersion?: number
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    sessionVersion?: number
    roles?: Role[]
  }
}
