import 'server-only'

import { ensureUserWithRole } from '@/lib/accounts/invite-user'
import { normalizeEmail } from '@/lib/auth/normalize-email'
import { withAudit } from '@/lib/db'
import { fieldError, notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'
import { findBeheerSchoolIdOrThrow } from '@/lib/users/find-beheer-school'

// The same new address added at two leerbedrijven at once: one wins.
function fromUniqueViolation(error: unknown) {
  if ((error as { code?: string })?.code !== '23505') {
    return error
  }

  const message =
    'Dit adres is net tegelijk ergens anders toegevoegd. Probeer het opnieuw.'

  return fieldError('email', message, 'CONFLICT')
}

// Links a person to a leerbedrijf as praktijkopleider, reusing the account
// of that address or creating one without a password. No mail yet: the
// invitation goes out once a praktijkperiode names them.
export async function addPraktijkopleider({
  actorId,
  leerbedrijfId,
  email,
  voornaam,
  tussenvoegsel,
  achternaam,
  isSbbGeregistreerd,
}: {
  actorId: string
  leerbedrijfId: string
  email: string
  voornaam: string
  tussenvoegsel: string
  achternaam: string
  isSbbGeregistreerd: boolean
}) {
  if (!isUuid(leerbedrijfId)) {
    throw notFoundError()
  }

  try {
    return await withAudit(
      { actorId, action: 'leerbedrijf.opleider.add' },
      async (trx) => {
        await findBeheerSchoolIdOrThrow(trx, { actorId })

        const leerbedrijf = await trx
          .selectFrom('leerbedrijven')
          .select('id')
          .where('id', '=', leerbedrijfId)
          // Two beheerders adding the same person wait for each other.
          .forUpdate()
          .executeTakeFirst()

        if (!leerbedrijf) {
          throw notFoundError()
        }

        const address = normalizeEmail(email)
        const account = await trx
          .selectFrom('users')
          .select((eb) => [
            'users.id',
            eb
              .exists(
                eb
                  .selectFrom('user_roles')
                  .select('user_roles.id')
                  .whereRef('user_roles.user_id', '=', 'users.id')
                  .where('user_roles.role', '=', 'student'),
              )
              .$castTo<boolean>()
              .as('isStudent'),
          ])
          .where('email', '=', address)
          .executeTakeFirst()

        // A student never rates students, least of all themselves.
        if (account?.isStudent) {
          const message =
            'Dit adres kan niet als praktijkopleider worden toegevoegd.'
          throw fieldError('email', message)
        }
        const { userId } = await ensureUserWithRole(trx, {
          email: address,
          voornaam: voornaam.trim(),
          tussenvoegsel: tussenvoegsel.trim(),
          achternaam: achternaam.trim(),
          role: 'praktijkopleider',
          schoolId: null,
        })
        const existing = await trx
          .selectFrom('leerbedrijf_opleiders')
          .select('user_id')
          .where('leerbedrijf_id', '=', leerbedrijfId)
          .where('user_id', '=', userId)
          .executeTakeFirst()

        await trx
          .insertInto('leerbedrijf_opleiders')
          .values({
            leerbedrijf_id: leerbedrijfId,
            user_id: userId,
            is_sbb_geregistreerd: isSbbGeregistreerd,
          })
          // Already linked: the registration changes only with its own button.
          .onConflict((oc) =>
            oc.columns(['leerbedrijf_id', 'user_id']).doNothing(),
          )
          .execute()

        return {
          userId,
          isNewAccount: account === undefined,
          wasLinked: existing !== undefined,
        }
      },
    )
  } catch (error) {
    throw fromUniqueViolation(error)
  }
}
