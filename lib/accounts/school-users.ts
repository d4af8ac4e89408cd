import 'server-only'

import type { Role } from '@/db/types'
import { roleLabels } from '@/lib/auth/roles'
import { getDb, withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { isUuid } from '@/lib/periodes/access'
import { enforceRateLimits, RATE_LIMITS } from '@/lib/rate-limit'
import { compareDutchNames } from '@/lib/users/sort-names'

import { ensureUserWithRole, sendInvitation } from './invite-user'
import type { INVITABLE_ROLES } from './roles'

async function beheerSchool(actorId: string) {
  const role = await getDb()
    .selectFrom('user_roles')
    .innerJoin('scholen', 'scholen.id', 'user_roles.school_id')
    .select(['scholen.id', 'scholen.naam'])
    .where('user_roles.user_id', '=', actorId)
    .where('user_roles.role', '=', 'beheerder')
    .executeTakeFirst()

  if (!role) {
    throw notFoundError()
  }

  return role
}

// Everyone with a role at the beheerder's school, in Dutch name order.
export async function listSchoolUsers({ actorId }: { actorId: string }) {
  const school = await beheerSchool(actorId)
  const rows = await getDb()
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select([
      'users.id',
      'users.email',
      'users.voornaam',
      'users.tussenvoegsel',
      'users.achternaam',
      'users.is_blocked as isBlocked',
      'users.password_hash',
      'user_roles.role',
    ])
    .where('user_roles.school_id', '=', school.id)
    .execute()
  const users = new Map<
    string,
    {
      id: string
      email: string
      voornaam: string
      tussenvoegsel: string
      achternaam: string
      isBlocked: boolean
      heeftWachtwoord: boolean
      roles: Role[]
    }
  >()

  for (const { role, password_hash, ...user } of rows) {
    const entry = users.get(user.id) ?? {
      ...user,
      heeftWachtwoord: password_hash !== null,
      roles: [],
    }
    entry.roles.push(role)
    users.set(user.id, entry)
  }

  return { school, users: [...users.values()].sort(compareDutchNames) }
}

export async function inviteStaff({
  actorId,
  actorNaam,
  email,
  voornaam,
  tussenvoegsel,
  achternaam,
  role,
}: {
  actorId: string
  actorNaam: string
  email: string
  voornaam: string
  tussenvoegsel: string
  achternaam: string
  role: (typeof INVITABLE_ROLES)[number]
}) {
  const school = await beheerSchool(actorId)

  const isNew = await withAudit(
    { actorId, action: 'beheer.invite' },
    async (trx) => {
      const existing = await trx
        .selectFrom('users')
        .select('school_id')
        .where('email', '=', email)
        .executeTakeFirst()

      if (existing?.school_id && existing.school_id !== school.id) {
        throw new AppError(
          'INVALID',
          'Dit adres hoort bij een account van een andere school.',
          { email: ['Dit adres hoort bij een account van een andere school.'] },
        )
      }

      const user = await ensureUserWithRole(trx, {
        email,
        voornaam,
        tussenvoegsel,
        achternaam,
        role,
        schoolId: school.id,
      })

      if (user.isNew) {
        await sendInvitation(trx, {
          userId: user.userId,
          invitedBy: actorNaam,
          schoolNaam: school.naam,
          rolOmschrijving: roleLabels[role],
        })
      }

      return user.isNew
    },
  )

  await deliverPendingMail()

  return { isNew }
}

// Blocking ends the user's sessions at once (their session version moves on).
export async function setUserBlocked({
  actorId,
  userId,
  isBlocked,
}: {
  actorId: string
  userId: string
  isBlocked: boolean
}) {
  if (!isUuid(userId)) {
    throw notFoundError()
  }
  if (userId === actorId) {
    throw new AppError('INVALID', 'Je kunt je eigen account niet blokkeren.')
  }

  const school = await beheerSchool(actorId)

  await withAudit(
    { actorId, action: isBlocked ? 'beheer.block' : 'beheer.unblock' },
    async (trx) => {
      const row = await trx
        .updateTable('users')
        .set((eb) => ({
          is_blocked: isBlocked,
          session_version: eb('session_version', '+', 1),
          updated_at: new Date(),
        }))
        .where('id', '=', userId)
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('user_roles')
              .select('user_roles.id')
              .whereRef('user_roles.user_id', '=', 'users.id')
              .where('user_roles.school_id', '=', school.id),
          ),
        )
        .returning('id')
        .executeTakeFirst()

      if (!row) {
        throw notFoundError()
      }
    },
  )
}

// A new invitation link for someone who has not set a password yet: for a
// beheerder any user of the school, for a begeleider students in their
// groups.
export async function resendInvitation({
  actorId,
  actorNaam,
  userId,
}: {
  actorId: string
  actorNaam: string
  userId: string
}) {
  if (!isUuid(userId)) {
    throw notFoundError()
  }
  await enforceRateLimits([
    {
      bucket: `resend:${actorId}:${userId}`,
      rule: RATE_LIMITS.invitationResend,
    },
  ])

  await withAudit({ actorId, action: 'uitnodiging.resend' }, async (trx) => {
    const target = await trx
      .selectFrom('users')
      .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
      .innerJoin('scholen', 'scholen.id', 'user_roles.school_id')
      .select(['users.id', 'user_roles.role', 'scholen.naam as schoolNaam'])
      .where('users.id', '=', userId)
      .where('users.password_hash', 'is', null)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('user_roles as mine')
              .select('mine.id')
              .where('mine.user_id', '=', actorId)
              .where('mine.role', '=', 'beheerder')
              .whereRef('mine.school_id', '=', 'user_roles.school_id'),
          ),
          eb.exists(
            eb
              .selectFrom('groep_studenten')
              .innerJoin(
                'groep_begeleiders',
                'groep_begeleiders.groep_id',
                'groep_studenten.groep_id',
              )
              .select('groep_studenten.user_id')
              .whereRef('groep_studenten.user_id', '=', 'users.id')
              .where('groep_begeleiders.user_id', '=', actorId),
          ),
        ]),
      )
      .executeTakeFirst()

    if (!target) {
      throw notFoundError()
    }

    await sendInvitation(trx, {
      userId: target.id,
      invitedBy: actorNaam,
      schoolNaam: target.schoolNaam,
      rolOmschrijving: roleLabels[target.role],
    })
  })

  await deliverPendingMail()
}
