import type { Section } from '@/lib/auth/roles'
import { requireSectionActor } from '@/lib/auth/session'
import { loadOrNotFound } from '@/lib/pages'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'

import { BackLink } from '../back-link'

// Shared by the set-up pages of the student and the begeleider: new, edit,
// delete, and choosing the praktijkopleider or beoordelaar. Route files
// name their section; lib/ decides what that section may do.

export type { SetupSection } from '@/lib/periodes/setup-access'

// Where someone without the right choice in the list gets help: a student
// asks their begeleider, a begeleider the school's beheerder.
export function askForHelp(section: Section) {
  return section === 'student'
    ? 'Neem contact op met je BPV-begeleider op school.'
    : 'Vraag de beheerder van je school om dit aan te vullen.'
}

export const inputClass =
  'mt-1 block w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2'

export function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
      {children}
    </p>
  )
}

export function SetupHeader({
  backHref,
  backLabel = 'Terug naar de praktijkperiode',
  title,
}: {
  backHref: string
  backLabel?: string
  title: string
}) {
  return (
    <>
      <BackLink href={backHref} label={backLabel} />
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
    </>
  )
}

// The periode behind one set-up page, or, once it can no longer change,
// the page that says why.
export async function loadChangeablePeriode({
  section,
  periodeId,
  subPath,
  title,
}: {
  section: Section
  periodeId: string
  subPath: string
  title: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const actor = await requireSectionActor(section, `${basePath}/${subPath}`)
  const periode = await loadOrNotFound(
    findPraktijkperiodeOrThrow({ actorId: actor.id, section, periodeId }),
  )
  const blocked = periode.canChangeSetup ? null : (
    <>
      <SetupHeader backHref={basePath} title={title} />
      <Notice>
        {periode.status === 'afgesloten'
          ? 'Deze praktijkperiode is afgesloten en kan niet meer veranderen.'
          : `In deze praktijkperiode is al gewerkt, dus bewerken of verwijderen kan niet meer.${section === 'student' ? ' Vraag je BPV-begeleider als er iets niet klopt.' : ''}`}
      </Notice>
    </>
  )

  return { basePath, periode, blocked }
}
