import 'server-only'

import { sql } from 'kysely'

import { hashPassword } from '@/lib/auth/password'
import { consumeToken, type TokenPurpose } from '@/lib/auth/tokens'
import { withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'

// Setting the password is what uses a link up (this one and every other
// open invitation or reset link), and it ends every session the account had
// before.
export async function setPasswordWithToken({
  token,
  purpose,
  password,
}: {
  token: string
  purpose: TokenPurpose
  password: string
}) {
  const passwordHash = await hashPassword(password)

  return withAudit(
    { actorId: null, action: `${purpose}.set-password` },
    async (trx) => {
      const userId = await consumeToken(trx, { token, purpose })

      if (!userId) {
        throw new AppError(
          'INVALID',
          'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
        )
      }

      const user = await trx
        .updateTable('users')
        .set((eb) => ({
          password_hash: passwordHash,
          session_version: eb('session_version', '+', 1),
          // The link came by mail, so the address is the user's own.
          email_confirmed_at: eb.fn.coalesce(
            'email_confirmed_at',
            sql<Date>`now()`,
          ),
          updated_at: new Date(),
        }))
        .where('id', '=', userId)
        .returning('email')
        .executeTakeFirstOrThrow()

      // Every other open link that sets this password dies with it: an old
      // invitation must not overwrite the password chosen now.
      await trx
        .updateTable('auth_tokens')
        .set({ used_at: new Date() })
        .where('user_id', '=', userId)
        .where('purpose', 'in', ['uitnodiging', 'wachtwoord'])
        .where('used_at', 'is', null)
        .execute()

      return { email: user.email }
    },
  )
}
