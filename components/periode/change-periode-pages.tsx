import Link from 'next/link'

import { formatDatum } from '@/lib/dates'
import {
  findKwalificatieStructure,
  listSchoolStaff,
} from '@/lib/periodes/setup-options'

import { ButtonForm } from '../button-form'
import { PeriodeForm } from './periode-form'
import { deletePeriodeAction, updatePeriodeAction } from './setup-actions'
import {
  loadChangeablePeriode,
  SetupHeader,
  type SetupSection,
} from './setup-page-parts'

// The pencil and the bin, until work starts in the periode.

export async function EditPeriodePage({
  section,
  periodeId,
}: {
  section: SetupSection
  periodeId: string
}) {
  const title = 'Praktijkperiode bewerken'
  const { basePath, periode, blocked } = await loadChangeablePeriode({
    section,
    periodeId,
    subPath: 'bewerken',
    title,
  })

  if (blocked) {
    return blocked
  }

  const kwalificatie = await findKwalificatieStructure({
    kwalificatieId: periode.kwalificatieId,
    schoolId: periode.schoolId,
  })
  const begeleiders =
    section === 'student'
      ? await listSchoolStaff({
          schoolId: periode.schoolId,
          role: 'bpv_begeleider',
        })
      : undefined

  return (
    <>
      <SetupHeader backHref={basePath} title={title} />
      <p className="mb-6 text-slate-700">
        {periode.kwalificatieNaam} ({periode.crebo}, versie{' '}
        {periode.kwalificatieVersie})
      </p>
      <PeriodeForm
        action={updatePeriodeAction.bind(null, section, periodeId)}
        hidden={{ version: String(periode.version) }}
        isStudent={section === 'student'}
        kerntaken={kwalificatie?.kerntaken ?? []}
        initial={{
          startdatum: periode.startdatum,
          einddatum: periode.einddatum,
          urenAfgesproken:
            periode.urenAfgesproken === null
              ? ''
              : String(periode.urenAfgesproken),
          werkprocessen: periode.kerntaken.flatMap((kerntaak) =>
            kerntaak.werkprocessen.map((werkproces) => werkproces.id),
          ),
          begeleiderId: periode.begeleiderId ?? undefined,
        }}
        begeleiderOptions={begeleiders}
        submitLabel="Opslaan"
      />
    </>
  )
}

export async function DeletePeriodePage({
  section,
  periodeId,
}: {
  section: SetupSection
  periodeId: string
}) {
  const title = 'Praktijkperiode verwijderen'
  const { basePath, periode, blocked } = await loadChangeablePeriode({
    section,
    periodeId,
    subPath: 'verwijderen',
    title,
  })

  if (blocked) {
    return blocked
  }

  return (
    <>
      <SetupHeader backHref={basePath} title={title} />
      <p className="mb-4">
        Weet je zeker dat je{' '}
        {section === 'student'
          ? 'je praktijkperiode'
          : `de praktijkperiode van ${periode.studentNaam}`}{' '}
        van {formatDatum(periode.startdatum)} tot{' '}
        {formatDatum(periode.einddatum)} wilt verwijderen? Dit kan niet ongedaan
        worden gemaakt.
      </p>
      <ButtonForm
        action={deletePeriodeAction.bind(null, section, periodeId)}
        hidden={{}}
        buttons={[{ label: 'Ja, verwijderen', isPrimary: true }]}
      />
      <p className="mt-4">
        <Link href={basePath}>Nee, niet verwijderen</Link>
      </p>
    </>
  )
}
