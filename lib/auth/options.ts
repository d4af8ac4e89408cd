import 'server-only'

import type { NextAuthOptions } from 'next-auth'
import CredentialsProvider from 'next-auth/providers/credentials'
import { z } from 'zod'

import { getDb } from '@/lib/db'

import { clientAddressFrom } from '@/lib/client-address'

import { LOGIN_ERROR_CODES } from './login-errors'
import { verifyCredentials } from './verify-credentials'

const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
})

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  // Our own Dutch pages instead of next-auth's English ones.
  pages: { signIn: '/inloggen', signOut: '/inloggen', error: '/inloggen' },
  providers: [
    CredentialsProvider({
      name: 'E-mail en wachtwoord',
      credentials: {
        email: { label: 'E-mailadres', type: 'email' },
        password: { label: 'Wachtwoord', type: 'password' },
      },
      async authorize(credentials, request) {
        const parsed = credentialsSchema.safeParse(credentials)

        if (!parsed.success) {
          return null
        }

        const headers = (request?.headers ?? {}) as Record<string, unknown>
        const result = await verifyCredentials({
          ...parsed.data,
          clientAddress: clientAddressFrom((name) => {
            const value = headers[name]

            return typeof value === 'string' ? value : null
          }),
        })

        if (result.status === 'ok') {
          return result.user
        }
        if (result.status === 'refused') {
          return null
        }

        // The login form turns these codes into Dutch messages.
        throw new Error(LOGIN_ERROR_CODES[result.status])
      },
    }),
  ],
  callbacks: {
    // The token carries the roles for the middleware's optimistic redirect;
    // every page and action reads them again from the database.
    async jwt({ token, user }) {
      if (user) {
        const verified = user as typeof user & { sessionVersion: number }
        const roles = await getDb()
          .selectFrom('user_roles')
          .select('role')
          .where('user_id', '=', verified.id)
          .execute()

        token.sub = verified.id
        token.sessionVersion = verified.sessionVersion
        token.roles = [...new Set(roles.map((row) => row.role))]
      }

      return token
    },
    async session({ session, token }) {
      session.userId = token.sub
      session.sessionVersion = token.sessionVersion

      return session
    },
  },
}
