import 'server-only'

import type { Role } from '@/db/types'
import { createToken } from '@/lib/auth/tokens'
import { publicBaseUrl } from '@/lib/config'
import type { Trx } from '@/lib/db'
import { sendMail } from '@/lib/mail/send-mail'

// Gives a person a role, creating the account when the address is new.
// Returns whether the account is new (and so needs an invitation).
export async function ensureUserWithRole(
  trx: Trx,
  {
    email,
    voornaam,
    tussenvoegsel,
    achternaam,
    role,
    schoolId,
  }: {
    email: string
    voornaam: string
    tussenvoegsel: string
    achternaam: string
    role: Role
    schoolId: string | null
  },
) {
  const existing = await trx
    .selectFrom('users')
    .select(['id', 'password_hash', 'school_id'])
    .where('email', '=', email)
    .executeTakeFirst()
  const userId =
    existing?.id ??
    (
      await trx
        .insertInto('users')
        .values({
          email,
          voornaam,
          tussenvoegsel,
          achternaam,
          school_id: schoolId,
          password_hash: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id

  await trx
    .insertInto('user_roles')
    .values({ user_id: userId, role, school_id: schoolId })
    .onConflict((oc) => oc.doNothing())
    .execute()

  return { userId, isNew: !existing?.password_hash }
}

// A new account gets a link to set a password; it stays valid 14 days and
// works once.
export async function sendInvitation(
  trx: Trx,
  {
    userId,
    invitedBy,
    schoolNaam,
    rolOmschrijving,
  }: {
    userId: string
    invitedBy: string
    schoolNaam: string
    rolOmschrijving: string
  },
) {
  const user = await trx
    .selectFrom('users')
    .select(['email', 'voornaam'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  const { token, expiresAt } = await createToken(trx, {
    userId,
    purpose: 'uitnodiging',
  })

  await sendMail(trx, {
    template: 'uitnodiging',
    to: user.email,
    idempotencyKey: `uitnodiging:${userId}:${expiresAt.getTime()}`,
    data: {
      naam: user.voornaam,
      uitgenodigdDoor: invitedBy,
      schoolNaam,
      rolOmschrijving,
      link: `${publicBaseUrl()}/uitnodiging/${token}`,
      geldigTot: expiresAt,
    },
  })
}
