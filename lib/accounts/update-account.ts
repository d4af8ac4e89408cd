import 'server-only'

import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { getDb, withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'
import {
  hitRateLimit,
  isRateLimited,
  RATE_LIMITED_MESSAGE,
  RATE_LIMITS,
} from '@/lib/rate-limit'

const WRONG_PASSWORD = 'Je huidige wachtwoord klopt niet.'

// Every change to an account is confirmed with the current password; wrong
// guesses are counted. Runs before the change's transaction, so a refused
// guess is still counted.
async function confirmCurrentPassword({
  actorId,
  currentPassword,
}: {
  actorId: string
  currentPassword: string
}) {
  const user = await getDb()
    .selectFrom('users')
    .select(['password_hash'])
    .where('id', '=', actorId)
    .executeTakeFirstOrThrow()
  const bucket = `account:${actorId}`

  if (await isRateLimited(bucket, RATE_LIMITS.currentPasswordPerUser)) {
    throw new AppError('FORBIDDEN', RATE_LIMITED_MESSAGE)
  }

  const isValid =
    user.password_hash !== null &&
    (await verifyPassword(currentPassword, user.password_hash))

  if (!isValid) {
    await hitRateLimit(bucket, RATE_LIMITS.currentPasswordPerUser)
    throw new AppError('INVALID', WRONG_PASSWORD, {
      currentPassword: [WRONG_PASSWORD],
    })
  }
}

// The schools a user may name as theirs: where they hold a role, and the
// one already on the account.
function listOwnScholen(actorId: string) {
  return getDb()
    .selectFrom('scholen')
    .select(['scholen.id', 'scholen.naam'])
    .where((eb) =>
      eb.or([
        eb(
          'scholen.id',
          'in',
          eb
            .selectFrom('user_roles')
            .select('user_roles.school_id')
            .where('user_roles.user_id', '=', actorId)
            .where('user_roles.school_id', 'is not', null),
        ),
        eb(
          'scholen.id',
          '=',
          eb
            .selectFrom('users')
            .select('users.school_id')
            .where('users.id', '=', actorId),
        ),
      ]),
    )
    .orderBy('scholen.naam')
    .execute()
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
  const scholen = await listOwnScholen(actorId)

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
  await confirmCurrentPassword({ actorId, currentPassword })

  const isOwnSchool =
    !schoolId ||
    (await listOwnScholen(actorId)).some((school) => school.id === schoolId)

  if (!isOwnSchool) {
    throw new AppError('INVALID', 'Kies een school uit de lijst.', {
      schoolId: ['Kies een school uit de lijst.'],
    })
  }

  await withAudit({ actorId, action: 'account.update' }, async (trx) => {
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
  await confirmCurrentPassword({ actorId, currentPassword })
  const passwordHash = await hashPassword(newPassword)

  await withAudit(
    { actorId, action: 'account.change-password' },
    async (trx) => {
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
