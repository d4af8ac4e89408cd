import 'server-only'

import { hashPassword } from '@/lib/auth/password'
import { normalizeEmail } from '@/lib/auth/normalize-email'
import { publicBaseUrl } from '@/lib/config'
import { withAudit } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { normalizeGroepscode } from '@/lib/groepen/groepscode'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { sendMail } from '@/lib/mail/send-mail'
import { enforceRateLimits, RATE_LIMITS } from '@/lib/rate-limit'
import { formatFullName } from '@/lib/users/sort-names'

export const UNKNOWN_GROEPSCODE_MESSAGE =
  'Met deze groepscode kunnen we je aanmelding niet verwerken. Controleer ' +
  'de code bij je BPV-begeleider.'

// A student asks to join a group with its code. The account can log in once
// a begeleider of the group approves. An address that already has an
// account gets the same answer and changes nothing.
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
  clientAddress: string
}) {
  const address = normalizeEmail(email)
  await enforceRateLimits([
    {
      bucket: `register:client:${clientAddress}`,
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
        .select('id')
        .where('email', '=', address)
        .executeTakeFirst()

      if (existing) {
        return
      }

      const { id: userId } = await trx
        .insertInto('users')
        .values({
          email: address,
          voornaam,
          tussenvoegsel,
          achternaam,
          school_id: groep.school_id,
          password_hash: passwordHash,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('groep_studenten')
        .values({ groep_id: groep.id, user_id: userId, status: 'aangevraagd' })
        .execute()

      const begeleiders = await trx
        .selectFrom('groep_begeleiders')
        .innerJoin('users', 'users.id', 'groep_begeleiders.user_id')
        .select(['users.id', 'users.email', 'users.voornaam'])
        .where('groep_begeleiders.groep_id', '=', groep.id)
        .execute()
      for (const begeleider of begeleiders) {
        await sendMail(trx, {
          template: 'registratie-aangevraagd',
          to: begeleider.email,
          idempotencyKey: `aanvraag:${groep.id}:${userId}:${begeleider.id}`,
          data: {
            naam: begeleider.voornaam,
            studentNaam: formatFullName({
              voornaam,
              tussenvoegsel,
              achternaam,
            }),
            groepNaam: groep.naam,
            link: `${publicBaseUrl()}/begeleider/groepen/${groep.id}`,
          },
        })
      }
    },
  )

  await deliverPendingMail()
}
