import { randomUUID } from 'node:crypto'

import { redirect } from 'next/navigation'

import { BackLink } from '@/components/back-link'
import { requireSectionActor } from '@/lib/auth/session'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'
import { loadOrNotFound } from '@/lib/pages'

import { WerkplanForm } from '../werkplan-form'
import { createMeetmomentAction } from './actions'

export const metadata = { title: 'Nieuw meetmoment' }

export default async function NieuwMeetmomentPage({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params
  const basePath = `/student/praktijkperiodes/${id}/meetmomenten`
  const actor = await requireSectionActor('student', `${basePath}/nieuw`)
  const periode = await loadOrNotFound(
    findPraktijkperiodeOrThrow({
      actorId: actor.id,
      section: 'student',
      periodeId: id,
    }),
  )

  if (periode.status === 'afgesloten' || !periode.isReady) {
    redirect(basePath)
  }

  return (
    <>
      <BackLink href={basePath} label="Terug naar meetmomenten" />
      <h1 className="mb-2 text-2xl font-bold">Nieuw meetmoment: werkplan</h1>
      <p className="mb-6 text-slate-700">
        Schrijf op wat je met je praktijkopleider of BPV-begeleider hebt
        afgesproken. Na het opslaan kun je je zelfevaluatie invullen.
      </p>
      <WerkplanForm
        action={createMeetmomentAction}
        hidden={{ periodeId: id, requestId: randomUUID() }}
        afspraken=""
        acties=""
      />
    </>
  )
}
