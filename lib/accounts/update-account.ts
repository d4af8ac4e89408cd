import 'server-only'

import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { getDb, withAudit, type Trx } from '@/lib/db'
import { AppError } from '@/lib/errors'

const WRONG_PASSWORD = 'Je huidige wachtwoord klopt niet.'

// Every change to an account is confirmed with the current password.
async function confirmCurrentPassword(
  trx: Trx,
  { actorId, currentPassword }: { actorId: string; currentPassword: string },
) {
  const user = await trx
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', actorId)
    .forUpdate()
    .executeTakeFirstOrThrow()
  const isValid =
    user.password_hash !== null &&
    (await verifyPassword(currentPassword, user.password_hash))

  if (!isValid) {
    throw new AppError('INVALID', WRONG_PASSWORD, {
      currentPassword: [WRONG_PASSWORD],
    })
  }
}

export async function findAccount({ actorId }: { actorId: string }) {
  const db = getDb()
  const account = await db
    .selectFrom('users')
    .leftJoin('scholen', 'scholen.id', 'users.school_id')
    .select([
      'users.email',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
      'users.telefoon',
      'users.school_id as schoolId',
      'scholen.naam as schoolNaam',
    ])
    .where('users.id', '=', actorId)
    .executeTakeFirstOrThrow()
  const scholen = await db
    .selectFrom('scholen')
    .select(['id', 'naam'])
    .orderBy('naam')
    .execute()

  return { ...account, scholen }
}

export async function updateContactDetails({
  actorId,
  currentPassword,
  voornaam,
  tussenvoegsel,
  achternaam,
  telefoon,
  schoolId,
}: {
  actorId: string
  currentPassword: string
  voornaam: string
  tussenvoegsel: string
  achternaam: string
  telefoon: string
  schoolId: string | null
}) {
  await withAudit({ actorId, action: 'account.update' }, async (trx) => {
    await confirmCurrentPassword(trx, { actorId, currentPassword })

    if (schoolId) {
      const school = await trx
        .selectFrom('scholen')
        .select('id')
        .where('id', '=', schoolId)
        .executeTakeFirst()

      if (!school) {
        throw new AppError('INVALID', 'Kies een school uit de lijst.', {
          schoolId: ['Kies een school uit de lijst.'],
        })
      }
    }

    await trx
      .updateTable('users')
      .set({
        voornaam,
        tussenvoegsel,
        achternaam,
        telefoon,
        school_id: schoolId,
        updated_at: new Date(),
      })
      .where('id', '=', actorId)
      .execute()
  })
}

// A new password ends every session of the account, this one included;
// the form signs in again with the new password.
export async function changePassword({
  actorId,
  currentPassword,
  newPassword,
}: {
  actorId: string
  currentPassword: string
  newPassword: string
}) {
  const passwordHash = await hashPassword(newPassword)

  await withAudit(
    { actorId, action: 'account.change-password' },
    async (trx) => {
      await confirmCurrentPassword(trx, { actorId, currentPassword })
      await trx
        .updateTable('users')
        .set((eb) => ({
          password_hash: passwordHash,
          session_version: eb('session_version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', actorId)
        .execute()
    },
  )
}
