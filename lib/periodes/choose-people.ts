import 'server-only'

import type { Section } from '@/lib/auth/roles'
import { withAudit, type Trx } from '@/lib/db'
import { AppError, fieldError } from '@/lib/errors'
import { listSbbOpleiders } from '@/lib/leerbedrijven/list-sbb-opleiders'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'

import { isUuid } from './access'
import { notifyLinkedPerson } from './notify-linked-person'
import { lockPeriodeForSetupOrThrow } from './setup-access'
import { listSchoolStaff } from './setup-options'

// Saves the choice (a new version of the periode) and tells the person
// when they are new to it.
async function linkPerson(
  trx: Trx,
  {
    periodeId,
    actorId,
    changes,
    userId,
    previousUserId,
    rol,
  }: {
    periodeId: string
    actorId: string
    changes: {
      leerbedrijf_id?: string
      praktijkopleider_id?: string
      beoordelaar_id?: string
    }
    userId: string
    previousUserId: string | null
    rol: 'praktijkopleider' | 'BPV-beoordelaar'
  },
) {
  await trx
    .updateTable('praktijkperiodes')
    .set((eb) => ({
      ...changes,
      version: eb('version', '+', 1),
      updated_at: new Date(),
    }))
    .where('id', '=', periodeId)
    .execute()

  if (previousUserId !== userId) {
    await notifyLinkedPerson(trx, { periodeId, userId, rol, actorId })
  }
}

// Flow 2.1 and 2.3: the leerbedrijf and one of its SBB-registered
// praktijkopleiders, who is then invited or notified.
export async function choosePraktijkopleider({
  actorId,
  section,
  periodeId,
  version,
  leerbedrijfId,
  praktijkopleiderId,
}: {
  actorId: string
  section: Section
  periodeId: string
  version: number
  leerbedrijfId: string
  praktijkopleiderId: string
}) {
  await withAudit(
    { actorId, action: 'periode.choose-praktijkopleider' },
    async (trx) => {
      const periode = await lockPeriodeForSetupOrThrow(trx, {
        actorId,
        section,
        periodeId,
        version,
      })

      if (periode.locatie !== 'leerbedrijf') {
        throw new AppError(
          'INVALID',
          'Deze praktijkperiode is op school; kies een BPV-beoordelaar.',
        )
      }

      const opleiders = isUuid(leerbedrijfId)
        ? await listSbbOpleiders({ leerbedrijfId, db: trx })
        : []

      if (
        praktijkopleiderId === periode.studentId ||
        !opleiders.some((opleider) => opleider.id === praktijkopleiderId)
      ) {
        throw fieldError(
          'praktijkopleiderId',
          'Kies een praktijkopleider van dit leerbedrijf uit de lijst.',
        )
      }

      await linkPerson(trx, {
        periodeId,
        actorId,
        changes: {
          leerbedrijf_id: leerbedrijfId,
          praktijkopleider_id: praktijkopleiderId,
        },
        userId: praktijkopleiderId,
        previousUserId: periode.praktijkopleiderId,
        rol: 'praktijkopleider',
      })
    },
  )
  await deliverPendingMail()
}

// Flow 2.2: the BPV-beoordelaar of a periode at school, chosen by the
// begeleider or the student from the school's beoordelaars.
export async function chooseBeoordelaar({
  actorId,
  section,
  periodeId,
  version,
  beoordelaarId,
}: {
  actorId: string
  section: Section
  periodeId: string
  version: number
  beoordelaarId: string
}) {
  await withAudit(
    { actorId, action: 'periode.choose-beoordelaar' },
    async (trx) => {
      const periode = await lockPeriodeForSetupOrThrow(trx, {
        actorId,
        section,
        periodeId,
        version,
      })

      if (periode.locatie !== 'school') {
        throw new AppError(
          'INVALID',
          'Deze praktijkperiode is bij een leerbedrijf; kies een praktijkopleider.',
        )
      }

      const beoordelaars = await listSchoolStaff({
        schoolId: periode.schoolId,
        role: 'bpv_beoordelaar',
        db: trx,
      })

      if (!beoordelaars.some((person) => person.id === beoordelaarId)) {
        throw fieldError(
          'beoordelaarId',
          'Kies een BPV-beoordelaar van de school uit de lijst.',
        )
      }

      await linkPerson(trx, {
        periodeId,
        actorId,
        changes: { beoordelaar_id: beoordelaarId },
        userId: beoordelaarId,
        previousUserId: periode.beoordelaarId,
        rol: 'BPV-beoordelaar',
      })
    },
  )
  await deliverPendingMail()
}
