import 'server-only'

import { hasAnyRole } from '@/lib/users/has-role'

import type { Role } from '@/db/types'
import { createTokens } from '@/lib/auth/tokens'
import { publicBaseUrl } from '@/lib/config'
import type { Trx } from '@/lib/db'
import { sendMailBatch } from '@/lib/mail/send-mail'

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
    .select((eb) => [
      'users.id',
      'users.password_hash',
      hasAnyRole(eb).as('hasRole'),
    ])
    .where('email', '=', email)
    .executeTakeFirst()

  // A password set by someone who only ever asked to join (never approved)
  // may not be theirs to set: it is cleared and the owner is invited.
  if (existing && !existing.hasRole && existing.password_hash) {
    await trx
      .updateTable('users')
      .set({ password_hash: null, voornaam, tussenvoegsel, achternaam })
      .where('id', '=', existing.id)
      .execute()
  }

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

  return {
    userId,
    isNew: !existing?.password_hash || !existing.hasRole,
  }
}

// New accounts get a link to set a password; it stays valid 14 days and
// works once. Sent in one batch for an imported class.
export async function sendInvitations(
  trx: Trx,
  {
    users,
    invitedBy,
    schoolNaam,
    rolOmschrijving,
    idempotencyKey,
  }: {
    users: { userId: string; email: string; voornaam: string }[]
    invitedBy: string
    schoolNaam: string
    rolOmschrijving: string
    // Names the event when it is more than "this invitation".
    idempotencyKey?: (userId: string) => string
  },
) {
  const { tokens, expiresAt } = await createTokens(trx, {
    userIds: users.map((user) => user.userId),
    purpose: 'uitnodiging',
  })

  await sendMailBatch(trx, {
    template: 'uitnodiging',
    messages: users.map((user) => ({
      to: user.email,
      idempotencyKey:
        idempotencyKey?.(user.userId) ??
        `uitnodiging:${user.userId}:${expiresAt.getTime()}`,
      data: {
        naam: user.voornaam,
        uitgenodigdDoor: invitedBy,
        schoolNaam,
        rolOmschrijving,
        link: `${publicBaseUrl()}/uitnodiging/${tokens.get(user.userId)}`,
        geldigTot: expiresAt,
      },
    })),
  })
}

export async function sendInvitation(
  trx: Trx,
  {
    userId,
    ...invitation
  }: {
    userId: string
    invitedBy: string
    schoolNaam: string
    rolOmschrijving: string
    idempotencyKey?: (userId: string) => string
  },
) {
  const user = await trx
    .selectFrom('users')
    .select(['email', 'voornaam'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()

  await sendInvitations(trx, {
    users: [{ userId, ...user }],
    ...invitation,
  })
}
