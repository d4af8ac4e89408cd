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
  const periode = await trx
    .selectFrom('praktijkperiodes')
    .innerJoin('users as student', 'student.id', 'praktijkperiodes.student_id')
    .innerJoin('scholen', 'scholen.id', 'praktijkperiodes.school_id')
    .select([
      'student.voornaam',
      'student.tussenvoegsel',
      'student.achternaam',
      'scholen.naam as schoolNaam',
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

  if (!person.password_hash) {
    await sendInvitation(trx, {
      userId,
      invitedBy: formatFullName(actor),
      schoolNaam: periode.schoolNaam,
      rolOmschrijving,
    })

    return
  }

  await sendMail(trx, {
    template: 'gekoppeld-aan-periode',
    to: person.email,
    idempotencyKey: `gekoppeld:${periodeId}:${userId}`,
    data: {
      naam: person.voornaam,
      studentNaam,
      rolOmschrijving: rol,
      link: `${publicBaseUrl()}/praktijkopleider/praktijkperiodes/${periodeId}`,
    },
  })
}
