import 'server-only'

import { publicBaseUrl } from '@/lib/config'
import { withAudit } from '@/lib/db'
import { AppError, notFoundError } from '@/lib/errors'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { sendMail } from '@/lib/mail/send-mail'
import { isUuid } from '@/lib/periodes/access'

import { groepAccess } from './access'

// Approves or rejects a self-registration. Of two begeleiders deciding at
// once, exactly one decision counts; the student gets a mail either way.
export async function decideAanvraag({
  actorId,
  groepId,
  studentId,
  isApproved,
}: {
  actorId: string
  groepId: string
  studentId: string
  isApproved: boolean
}) {
  if (!isUuid(groepId) || !isUuid(studentId)) {
    throw notFoundError()
  }

  const action = isApproved ? 'registratie.approve' : 'registratie.reject'

  await withAudit({ actorId, action }, async (trx) => {
    const groep = await trx
      .selectFrom('groepen')
      .select(['id', 'naam', 'school_id'])
      .where('id', '=', groepId)
      .where((eb) => groepAccess(eb, actorId))
      .executeTakeFirst()

    if (!groep) {
      throw notFoundError()
    }

    const decided = await trx
      .updateTable('groep_studenten')
      .set({ status: isApproved ? 'actief' : 'afgewezen' })
      .where('groep_id', '=', groep.id)
      .where('user_id', '=', studentId)
      .where('status', '=', 'aangevraagd')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('users')
            .select('users.id')
            .whereRef('users.id', '=', 'groep_studenten.user_id')
            .where('users.email_confirmed_at', 'is not', null),
        ),
      )
      .returning('user_id')
      .executeTakeFirst()

    if (!decided) {
      throw new AppError(
        'CONFLICT',
        'Over deze aanvraag is al beslist. Ververs de pagina om de stand te zien.',
      )
    }

    const student = await trx
      .selectFrom('users')
      .select(['email', 'voornaam'])
      .where('id', '=', studentId)
      .executeTakeFirstOrThrow()

    if (isApproved) {
      await trx
        .insertInto('user_roles')
        .values({
          user_id: studentId,
          role: 'student',
          school_id: groep.school_id,
        })
        .onConflict((oc) => oc.doNothing())
        .execute()
      await sendMail(trx, {
        template: 'registratie-goedgekeurd',
        to: student.email,
        idempotencyKey: `registratie:${groep.id}:${studentId}:goedgekeurd`,
        data: {
          naam: student.voornaam,
          groepNaam: groep.naam,
          link: `${publicBaseUrl()}/inloggen`,
        },
      })
    } else {
      await sendMail(trx, {
        template: 'registratie-afgewezen',
        to: student.email,
        idempotencyKey: `registratie:${groep.id}:${studentId}:afgewezen`,
        data: { naam: student.voornaam, groepNaam: groep.naam },
      })
    }
  })

  await deliverPendingMail()
}
