import { getDb } from '@/lib/db'
import {
  findKwalificatieStructure,
  findStudentSchoolId,
  listBegeleiderStudenten,
  listKwalificaties,
  listSchoolStaff,
} from '@/lib/periodes/setup-options'
import { requireSectionActor } from '@/lib/auth/session'

import { secondaryButton } from '../buttons'
import { PeriodeForm } from './periode-form'
import { createPeriodeAction } from './setup-actions'
import {
  inputClass,
  Notice,
  SetupHeader,
  type SetupSection,
} from './setup-page-parts'

// Flow 2.1/2.2 (the begeleider prepares) and 2.3 (the student adds): the
// kwalificatie is picked first, since the werkprocessen depend on it.

function KwalificatieChooser({
  kwalificaties,
  selected,
}: {
  kwalificaties: { id: string; naam: string; crebo: string; versie: string }[]
  selected: string
}) {
  return (
    <form className="mb-6 flex flex-wrap items-end gap-3">
      <div className="min-w-0 grow">
        <label htmlFor="kwalificatie" className="font-medium">
          Kwalificatie
        </label>
        <select
          id="kwalificatie"
          name="kwalificatie"
          defaultValue={selected}
          className={inputClass}
        >
          {kwalificaties.map((kwalificatie) => (
            <option key={kwalificatie.id} value={kwalificatie.id}>
              {kwalificatie.naam} ({kwalificatie.crebo}, versie{' '}
              {kwalificatie.versie})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={secondaryButton}>
        Werkprocessen tonen
      </button>
    </form>
  )
}

export async function NewPeriodePage({
  section,
  kwalificatieParam,
}: {
  section: SetupSection
  kwalificatieParam?: string
}) {
  const actor = await requireSectionActor(
    section,
    `/${section}/praktijkperiodes/nieuw`,
  )
  const isStudent = section === 'student'
  const studenten = isStudent
    ? []
    : await listBegeleiderStudenten({ actorId: actor.id })
  const school = isStudent
    ? await findStudentSchoolId(getDb(), actor.id)
    : studenten[0]
      ? {
          schoolId: studenten[0].schoolId,
          kwalificatieId: studenten[0].kwalificatieId,
        }
      : null
  const title = isStudent
    ? 'Praktijkperiode toevoegen'
    : 'Praktijkperiode klaarzetten'

  if (!school) {
    return (
      <>
        <SetupHeader
          backHref={`/${section}`}
          backLabel="Terug naar praktijkperiodes"
          title={title}
        />
        <Notice>
          {isStudent
            ? 'Je hoort nog niet bij een groep van een school. Vraag je BPV-begeleider om je toe te voegen.'
            : 'Er zitten nog geen studenten in je groepen. Voeg eerst studenten toe bij Groepen.'}
        </Notice>
      </>
    )
  }

  const kwalificaties = await listKwalificaties({ schoolId: school.schoolId })
  const selectedId =
    [kwalificatieParam, school.kwalificatieId, kwalificaties[0]?.id].find(
      (id) => id && kwalificaties.some((option) => option.id === id),
    ) ?? ''
  const kwalificatie = selectedId
    ? await findKwalificatieStructure({
        kwalificatieId: selectedId,
        schoolId: school.schoolId,
      })
    : null
  const staff = await listSchoolStaff({
    schoolId: school.schoolId,
    role: isStudent ? 'bpv_begeleider' : 'bpv_beoordelaar',
  })

  return (
    <>
      <SetupHeader
        backHref={`/${section}`}
        backLabel="Terug naar praktijkperiodes"
        title={title}
      />
      <p className="mb-6 text-slate-700">
        {isStudent
          ? 'Vul de periode en je werkprocessen in en kies je BPV-begeleider. Daarna kies je het leerbedrijf en je praktijkopleider.'
          : 'Vul de periode en de werkprocessen in. Bij een leerbedrijf kiest de student daarna zelf het leerbedrijf en de praktijkopleider.'}
      </p>
      {kwalificaties.length > 1 ? (
        <KwalificatieChooser
          kwalificaties={kwalificaties}
          selected={selectedId}
        />
      ) : null}
      {kwalificatie ? (
        <PeriodeForm
          key={kwalificatie.id}
          action={createPeriodeAction.bind(null, section)}
          isStudent={isStudent}
          hidden={{
            kwalificatieId: kwalificatie.id,
            ...(isStudent ? { locatie: 'leerbedrijf' } : {}),
          }}
          kerntaken={kwalificatie.kerntaken}
          initial={{
            startdatum: '',
            einddatum: '',
            urenAfgesproken: '',
            werkprocessen: [],
          }}
          studentOptions={isStudent ? undefined : studenten}
          begeleiderOptions={isStudent ? staff : undefined}
          beoordelaarOptions={isStudent ? undefined : staff}
          canChooseLocatie={!isStudent}
          submitLabel="Opslaan"
        />
      ) : (
        <Notice>
          Er is nog geen kwalificatie ingelezen. Vraag de beheerder van je
          school om het kwalificatiedossier te importeren.
        </Notice>
      )}
    </>
  )
}
