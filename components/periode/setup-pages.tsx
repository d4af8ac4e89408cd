import Link from 'next/link'

import type { Section } from '@/lib/auth/roles'
import { requireSectionActor } from '@/lib/auth/session'
import { formatDatum } from '@/lib/dates'
import { getDb } from '@/lib/db'
import { searchLeerbedrijven } from '@/lib/leerbedrijven/search-leerbedrijven'
import { loadOrNotFound } from '@/lib/pages'
import { isUuid } from '@/lib/periodes/access'
import {
  findPraktijkperiodeOrThrow,
  type PraktijkperiodeDetail,
} from '@/lib/periodes/find-praktijkperiode'
import {
  findKwalificatieStructure,
  findLeerbedrijfChoice,
  findStudentSchoolId,
  listBegeleiderStudenten,
  listKwalificaties,
  listSchoolStaff,
} from '@/lib/periodes/setup-options'

import { BackLink } from '../back-link'
import { ButtonForm } from '../button-form'
import { secondaryButton } from '../buttons'
import { ChoosePersonForm } from './choose-person-form'
import { PeriodeForm } from './periode-form'
import {
  chooseBeoordelaarAction,
  choosePraktijkopleiderAction,
  createPeriodeAction,
  deletePeriodeAction,
  updatePeriodeAction,
} from './setup-actions'

// The set-up pages the student and the begeleider share: new, edit, delete,
// and choosing the praktijkopleider or beoordelaar. Route files name their
// section; lib/ decides what that section may do.

const inputClass =
  'mt-1 block w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2'

function Notice({ children }: { children: React.ReactNode }) {
  return (
    <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
      {children}
    </p>
  )
}

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
  section: 'student' | 'begeleider'
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
        <BackLink href={`/${section}`} label="Terug naar praktijkperiodes" />
        <h1 className="mb-4 text-2xl font-bold">{title}</h1>
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
      <BackLink href={`/${section}`} label="Terug naar praktijkperiodes" />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
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

async function loadSetupPeriode(
  section: Section,
  periodeId: string,
  path: string,
) {
  const actor = await requireSectionActor(section, path)
  const periode = await loadOrNotFound(
    findPraktijkperiodeOrThrow({ actorId: actor.id, section, periodeId }),
  )

  return periode
}

function NotChangeable({
  section,
  periode,
  title,
}: {
  section: Section
  periode: PraktijkperiodeDetail
  title: string
}) {
  return (
    <>
      <BackLink
        href={`/${section}/praktijkperiodes/${periode.id}`}
        label="Terug naar de praktijkperiode"
      />
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      <Notice>
        {periode.status === 'afgesloten'
          ? 'Deze praktijkperiode is afgesloten en kan niet meer veranderen.'
          : 'In deze praktijkperiode is al gewerkt, dus bewerken of verwijderen kan niet meer. Vraag je BPV-begeleider als er iets niet klopt.'}
      </Notice>
    </>
  )
}

export async function EditPeriodePage({
  section,
  periodeId,
}: {
  section: 'student' | 'begeleider'
  periodeId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const periode = await loadSetupPeriode(
    section,
    periodeId,
    `${basePath}/bewerken`,
  )
  const title = 'Praktijkperiode bewerken'

  if (!periode.canChangeSetup) {
    return <NotChangeable section={section} periode={periode} title={title} />
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
      <BackLink href={basePath} label="Terug naar de praktijkperiode" />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="mb-6 text-slate-700">
        {periode.kwalificatieNaam} ({periode.crebo}, versie{' '}
        {periode.kwalificatieVersie})
      </p>
      <PeriodeForm
        action={updatePeriodeAction.bind(null, section, periodeId)}
        hidden={{ version: String(periode.version) }}
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
  section: 'student' | 'begeleider'
  periodeId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const periode = await loadSetupPeriode(
    section,
    periodeId,
    `${basePath}/verwijderen`,
  )
  const title = 'Praktijkperiode verwijderen'

  if (!periode.canChangeSetup) {
    return <NotChangeable section={section} periode={periode} title={title} />
  }

  return (
    <>
      <BackLink href={basePath} label="Terug naar de praktijkperiode" />
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      <p className="mb-4">
        Weet je zeker dat je de praktijkperiode van {periode.studentNaam} (
        {formatDatum(periode.startdatum)} tot {formatDatum(periode.einddatum)})
        wilt verwijderen? Dit kan niet ongedaan worden gemaakt.
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

export async function ChoosePraktijkopleiderPage({
  section,
  periodeId,
  zoek = '',
  leerbedrijfParam,
}: {
  section: 'student' | 'begeleider'
  periodeId: string
  zoek?: string
  leerbedrijfParam?: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const pagePath = `${basePath}/praktijkopleider`
  const periode = await loadSetupPeriode(section, periodeId, pagePath)
  const title = 'Leerbedrijf en praktijkopleider kiezen'

  if (!periode.canChangeSetup || periode.locatie !== 'leerbedrijf') {
    return <NotChangeable section={section} periode={periode} title={title} />
  }

  // A repeated ?zoek= arrives as an array; only one search text counts.
  const query = typeof zoek === 'string' ? zoek.slice(0, 200) : ''
  const hits = query ? await searchLeerbedrijven({ query }) : []
  const chosenId = isUuid(leerbedrijfParam)
    ? leerbedrijfParam
    : query
      ? null
      : periode.leerbedrijfId
  const chosen = chosenId
    ? await findLeerbedrijfChoice({ leerbedrijfId: chosenId })
    : null

  return (
    <>
      <BackLink href={basePath} label="Terug naar de praktijkperiode" />
      <h1 className="mb-2 text-2xl font-bold">{title}</h1>
      <p className="mb-6 text-slate-700">
        Zoek het leerbedrijf op naam, op Stagemarkt-code of op leerbedrijf-ID,
        zoals het bij Stagemarkt.nl staat.
      </p>
      <form role="search" className="mb-6 flex flex-wrap items-end gap-3">
        <div className="min-w-0 grow">
          <label htmlFor="zoek" className="font-medium">
            Naam, Stagemarkt-code of leerbedrijf-ID
          </label>
          <input
            id="zoek"
            name="zoek"
            type="search"
            defaultValue={query}
            className={inputClass}
          />
        </div>
        <button type="submit" className={secondaryButton}>
          Zoeken
        </button>
      </form>
      {query && !chosen ? (
        <section aria-labelledby="resultaten-kop" className="mb-6">
          <h2 id="resultaten-kop" className="mb-3 text-xl font-semibold">
            Gevonden leerbedrijven
          </h2>
          {hits.length === 0 ? (
            <p>
              Geen leerbedrijf gevonden voor “{query}”. Probeer een deel van de
              naam, of de code of het ID van Stagemarkt.nl.
            </p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {hits.map((hit) => (
                <li key={hit.id} className="p-3">
                  <Link
                    href={`${pagePath}?${new URLSearchParams({ zoek: query, leerbedrijf: hit.id })}`}
                    className="font-semibold"
                  >
                    {hit.naam}
                  </Link>
                  <p className="text-sm text-slate-700">
                    {[hit.adres, hit.plaats].filter(Boolean).join(', ')}
                    {' · '}leerbedrijf-ID {hit.leerbedrijfId}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {chosen ? (
        <section
          aria-labelledby="opleider-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="opleider-kop" className="mb-3 text-xl font-semibold">
            {chosen.naam}
            {chosen.plaats ? `, ${chosen.plaats}` : ''}
          </h2>
          {chosen.opleiders.length === 0 ? (
            <Notice>
              Bij dit leerbedrijf staat nog geen praktijkopleider die bij SBB is
              geregistreerd. Neem contact op met je BPV-begeleider op school.
            </Notice>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">
                Alleen praktijkopleiders die bij SBB zijn geregistreerd staan
                hier. Staat de jouwe er niet bij? Neem contact op met je
                BPV-begeleider op school.
              </p>
              <ChoosePersonForm
                action={choosePraktijkopleiderAction.bind(
                  null,
                  section,
                  periodeId,
                )}
                hidden={{ leerbedrijfId: chosen.id }}
                name="praktijkopleiderId"
                legend="Praktijkopleider"
                options={chosen.opleiders}
                current={periode.praktijkopleiderId}
              />
            </>
          )}
        </section>
      ) : null}
    </>
  )
}

export async function ChooseBeoordelaarPage({
  section,
  periodeId,
}: {
  section: 'student' | 'begeleider'
  periodeId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const periode = await loadSetupPeriode(
    section,
    periodeId,
    `${basePath}/beoordelaar`,
  )
  const title = 'BPV-beoordelaar kiezen'

  if (!periode.canChangeSetup || periode.locatie !== 'school') {
    return <NotChangeable section={section} periode={periode} title={title} />
  }

  const beoordelaars = await listSchoolStaff({
    schoolId: periode.schoolId,
    role: 'bpv_beoordelaar',
  })

  return (
    <>
      <BackLink href={basePath} label="Terug naar de praktijkperiode" />
      <h1 className="mb-4 text-2xl font-bold">{title}</h1>
      {beoordelaars.length === 0 ? (
        <Notice>
          Deze school heeft nog geen BPV-beoordelaars. Neem contact op met je
          BPV-begeleider.
        </Notice>
      ) : (
        <ChoosePersonForm
          action={chooseBeoordelaarAction.bind(null, section, periodeId)}
          hidden={{}}
          name="beoordelaarId"
          legend="BPV-beoordelaar"
          options={beoordelaars}
          current={periode.beoordelaarId}
        />
      )}
    </>
  )
}
