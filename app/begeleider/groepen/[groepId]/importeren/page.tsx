import { BackLink } from '@/components/back-link'
import { requireSectionActor } from '@/lib/auth/session'
import { findGroepOrThrow } from '@/lib/groepen/find-groep'
import { loadOrNotFound } from '@/lib/pages'

import { ImportForm } from './import-form'

export const metadata = { title: 'Studenten importeren' }

export default async function ImporterenPage({
  params,
}: {
  params: Promise<{ groepId: string }>
}) {
  const { groepId } = await params
  const actor = await requireSectionActor(
    'begeleider',
    `/begeleider/groepen/${groepId}/importeren`,
  )
  const groep = await loadOrNotFound(
    findGroepOrThrow({ actorId: actor.id, groepId }),
  )

  return (
    <>
      <BackLink
        href={`/begeleider/groepen/${groep.id}`}
        label={`Terug naar groep ${groep.naam}`}
      />
      <h1 className="mb-2 text-2xl font-bold">
        Studenten importeren in {groep.naam}
      </h1>
      <p className="mb-6 text-slate-700">
        Kies het bestand en bekijk eerst per regel wat er gebeurt. Pas na
        bevestigen worden accounts gemaakt en uitnodigingen verstuurd.
      </p>
      <ImportForm groepId={groep.id} />
    </>
  )
}
