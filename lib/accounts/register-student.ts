import 'server-only'

import { hasAnyRole } from '@/lib/users/has-role'

import { hashPassword } from '@/lib/auth/password'
import { normalizeEmail } from '@/lib/auth/normalize-email'
import { consumeToken, createToken } from '@/lib/auth/tokens'
import { publicBaseUrl } from '@/lib/config'
import { withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { normalizeGroepscode } from '@/lib/groepen/groepscode'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { sendMail, sendMailBatch } from '@/lib/mail/send-mail'
import { enforceRateLimits, RATE_LIMITS } from '@/lib/rate-limit'
import { formatFullName } from '@/lib/users/sort-names'

export const UNKNOWN_GROEPSCODE_MESSAGE =
  'Met deze groepscode kunnen we je aanmelding niet verwerken. Controleer ' +
  'de code bij je BPV-begeleider.'

// A student asks to join a group with its code. Nothing counts until the
// address is confirmed by mail; then the group's begeleiders see the request
// and the account can log in once one of them approves. An address with a
// real account gets the same answer and changes nothing; an address with
// only an earlier, unconfirmed or rejected request can try again.
export async function registerStudent({
  groepscode,
  voornaam,
  tussenvoegsel,
  achternaam,
  email,
  password,
  clientAddress,
}: {
  groepscode: string
  voornaam: string
  tussenvoegsel: string
  achternaam: string
  email: string
  password: string
  clientAddress: string | null
}) {
  const address = normalizeEmail(email)
  await enforceRateLimits([
    {
      bucket: clientAddress && `register:client:${clientAddress}`,
      rule: RATE_LIMITS.registerPerClient,
    },
    { bucket: `register:email:${address}`, rule: RATE_LIMITS.registerPerEmail },
  ])
  const passwordHash = await hashPassword(password)

  await withAudit(
    { actorId: null, action: 'registratie.request' },
    async (trx) => {
      const groep = await trx
        .selectFrom('groepen')
        .select(['id', 'naam', 'school_id'])
        .where('groepscode', '=', normalizeGroepscode(groepscode))
        .executeTakeFirst()

      if (!groep) {
        throw new AppError('INVALID', UNKNOWN_GROEPSCODE_MESSAGE, {
          groepscode: [UNKNOWN_GROEPSCODE_MESSAGE],
        })
      }

      const existing = await trx
        .selectFrom('users')
        .select((eb) => ['users.id', hasAnyRole(eb).as('hasRole')])
        .where('email', '=', address)
        .executeTakeFirst()

      if (existing?.hasRole) {
        return
      }

      const account = {
        voornaam,
        tussenvoegsel,
        achternaam,
        school_id: groep.school_id,
        password_hash: passwordHash,
        email_confirmed_at: null,
      }
      const userId = existing
        ? (
            await trx
              .updateTable('users')
              .set({ ...account, updated_at: new Date() })
              .where('id', '=', existing.id)
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : (
            await trx
              .insertInto('users')
              .values({ email: address, ...account })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id

      await trx
        .insertInto('groep_studenten')
        .values({ groep_id: groep.id, user_id: userId, status: 'aangevraagd' })
        .onConflict((oc) =>
          oc.columns(['groep_id', 'user_id']).doUpdateSet({
            status: 'aangevraagd',
            created_at: new Date(),
          }),
        )
        .execute()

      const { token, expiresAt } = await createToken(trx, {
        userId,
        purpose: 'bevestiging',
      })
      await sendMail(trx, {
        template: 'registratie-bevestigen',
        to: address,
        idempotencyKey: `bevestiging:${userId}:${expiresAt.getTime()}`,
        data: {
          naam: voornaam,
          groepNaam: groep.naam,
          link: `${publicBaseUrl()}/registreren/bevestigen/${token}`,
        },
      })
    },
  )

  await deliverPendingMail()
}

// The owner of the address confirms it; only now do the begeleiders of the
// requested groups hear of the request.
export async function confirmRegistration({ token }: { token: string }) {
  await withAudit(
    { actorId: null, action: 'registratie.confirm' },
    async (trx) => {
      const userId = await consumeToken(trx, { token, purpose: 'bevestiging' })

      if (!userId) {
        throw new AppError(
          'INVALID',
          'Deze link is verlopen of al gebruikt. Meld je opnieuw aan met de ' +
            'groepscode.',
        )
      }

      const student = await trx
        .updateTable('users')
        .set({ email_confirmed_at: new Date() })
        .where('id', '=', userId)
        .returning(['voornaam', 'tussenvoegsel', 'achternaam'])
        .executeTakeFirstOrThrow()
      const begeleiders = await trx
        .selectFrom('groep_studenten')
        .innerJoin('groepen', 'groepen.id', 'groep_studenten.groep_id')
        .innerJoin(
          'groep_begeleiders',
          'groep_begeleiders.groep_id',
          'groepen.id',
        )
        .innerJoin('users', 'users.id', 'groep_begeleiders.user_id')
        .select([
          'groepen.id as groepId',
          'groepen.naam as groepNaam',
          'users.id',
          'users.email',
          'users.voornaam',
        ])
        .where('groep_studenten.user_id', '=', userId)
        .where('groep_studenten.status', '=', 'aangevraagd')
        .execute()

      await sendMailBatch(trx, {
        template: 'registratie-aangevraagd',
        messages: begeleiders.map((begeleider) => ({
          to: begeleider.email,
          idempotencyKey: `aanvraag:${begeleider.groepId}:${userId}:${begeleider.id}:${Date.now()}`,
          data: {
            naam: begeleider.voornaam,
            studentNaam: formatFullName(student),
            groepNaam: begeleider.groepNaam,
            link: `${publicBaseUrl()}/begeleider/groepen/${begeleider.groepId}`,
          },
        })),
      })
    },
  )

  await deliverPendingMail()
}
