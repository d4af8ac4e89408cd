import 'server-only'

import { sendInvitation } from '@/lib/accounts/invite-user'
import { publicBaseUrl } from '@/lib/config'
import type { Trx } from '@/lib/db'
import { sendMail } from '@/lib/mail/send-mail'
import { formatFullName } from '@/lib/users/sort-names'

// Tells a praktijkopleider or beoordelaar that a student's periode is theirs
// to follow: someone without a password gets an invitation to set one,
// anyone else a notification with a link to the periode.
export async function notifyLinkedPerson(
  trx: Trx,
  {
    periodeId,
    userId,
    rol,
    actorId,
  }: {
    periodeId: string
    userId: string
    rol: 'praktijkopleider' | 'BPV-beoordelaar'
    actorId: string
  },
) {
  // Told once per person and periode: switching back and forth between two
  // praktijkopleiders sends no stream of mails or new links.
  const invitationKey = `periode-uitnodiging:${periodeId}:${userId}`
  const notificationKey = `gekoppeld:${periodeId}:${userId}`
  const alreadyTold = await trx
    .selectFrom('mail_outbox')
    .select('id')
    .where('idempotency_key', 'in', [invitationKey, notificationKey])
    .executeTakeFirst()

  if (alreadyTold) {
    return
  }

  const periode = await trx
    .selectFrom('praktijkperiodes')
    .innerJoin('users as student', 'student.id', 'praktijkperiodes.student_id')
    .innerJoin('scholen', 'scholen.id', 'praktijkperiodes.school_id')
    .leftJoin(
      'users as begeleider',
      'begeleider.id',
      'praktijkperiodes.begeleider_id',
    )
    .select([
      'student.voornaam',
      'student.tussenvoegsel',
      'student.achternaam',
      'scholen.naam as schoolNaam',
      'praktijkperiodes.student_id as studentId',
      'begeleider.voornaam as begeleiderVoornaam',
      'begeleider.tussenvoegsel as begeleiderTussenvoegsel',
      'begeleider.achternaam as begeleiderAchternaam',
    ])
    .where('praktijkperiodes.id', '=', periodeId)
    .executeTakeFirstOrThrow()
  const person = await trx
    .selectFrom('users')
    .select(['email', 'voornaam', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  const actor = await trx
    .selectFrom('users')
    .select(['voornaam', 'tussenvoegsel', 'achternaam'])
    .where('id', '=', actorId)
    .executeTakeFirstOrThrow()
  const studentNaam = formatFullName(periode)
  const rolOmschrijving = `${rol} van ${studentNaam}`
  // The invitation names someone of the school who can send a new one: the
  // begeleider when the student made the choice.
  const invitedBy =
    actorId === periode.studentId && periode.begeleiderVoornaam !== null
      ? formatFullName({
          voornaam: periode.begeleiderVoornaam,
          tussenvoegsel: periode.begeleiderTussenvoegsel ?? '',
          achternaam: periode.begeleiderAchternaam ?? '',
        })
      : formatFullName(actor)

  if (!person.password_hash) {
    await sendInvitation(trx, {
      userId,
      invitedBy,
      schoolNaam: periode.schoolNaam,
      rolOmschrijving,
      idempotencyKey: () => invitationKey,
    })

    return
  }

  await sendMail(trx, {
    template: 'gekoppeld-aan-periode',
    to: person.email,
    idempotencyKey: notificationKey,
    data: {
      naam: person.voornaam,
      studentNaam,
      rolOmschrijving: rol,
      link: `${publicBaseUrl()}/praktijkopleider/praktijkperiodes/${periodeId}`,
    },
  })
}
