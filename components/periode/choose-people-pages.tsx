import Link from 'next/link'
import { notFound } from 'next/navigation'

import { searchLeerbedrijven } from '@/lib/leerbedrijven/search-leerbedrijven'
import { isUuid } from '@/lib/periodes/access'
import {
  findLeerbedrijfChoice,
  listSchoolStaff,
} from '@/lib/periodes/setup-options'

import { secondaryButton } from '../buttons'
import { ChoosePersonForm } from './choose-person-form'
import {
  chooseBeoordelaarAction,
  choosePraktijkopleiderAction,
} from './setup-actions'
import {
  askForHelp,
  inputClass,
  loadChangeablePeriode,
  Notice,
  SetupHeader,
  type SetupSection,
} from './setup-page-parts'

// Who rates the student: at a leerbedrijf one of its SBB-registered
// praktijkopleiders (found through the leerbedrijf search), at school one
// of the school's BPV-beoordelaars.

export async function ChoosePraktijkopleiderPage({
  section,
  periodeId,
  zoek = '',
  leerbedrijfParam,
}: {
  section: SetupSection
  periodeId: string
  zoek?: string
  leerbedrijfParam?: string
}) {
  const title = 'Leerbedrijf en praktijkopleider kiezen'
  const { basePath, periode, blocked } = await loadChangeablePeriode({
    section,
    periodeId,
    subPath: 'praktijkopleider',
    title,
  })

  if (blocked) {
    return blocked
  }
  if (periode.locatie !== 'leerbedrijf') {
    notFound()
  }

  const pagePath = `${basePath}/praktijkopleider`

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
      <SetupHeader backHref={basePath} title={title} />
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
              geregistreerd. {askForHelp(section)}
            </Notice>
          ) : (
            <>
              <p className="mb-3 text-sm text-slate-700">
                Alleen praktijkopleiders die bij SBB zijn geregistreerd staan
                hier. Staat de juiste er niet bij? {askForHelp(section)}
              </p>
              <ChoosePersonForm
                action={choosePraktijkopleiderAction.bind(
                  null,
                  section,
                  periodeId,
                )}
                hidden={{
                  leerbedrijfId: chosen.id,
                  version: String(periode.version),
                }}
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
  section: SetupSection
  periodeId: string
}) {
  const title = 'BPV-beoordelaar kiezen'
  const { basePath, periode, blocked } = await loadChangeablePeriode({
    section,
    periodeId,
    subPath: 'beoordelaar',
    title,
  })

  if (blocked) {
    return blocked
  }
  if (periode.locatie !== 'school') {
    notFound()
  }

  const beoordelaars = await listSchoolStaff({
    schoolId: periode.schoolId,
    role: 'bpv_beoordelaar',
  })

  return (
    <>
      <SetupHeader backHref={basePath} title={title} />
      {beoordelaars.length === 0 ? (
        <Notice>
          Deze school heeft nog geen BPV-beoordelaars. {askForHelp(section)}
        </Notice>
      ) : (
        <ChoosePersonForm
          action={chooseBeoordelaarAction.bind(null, section, periodeId)}
          hidden={{ version: String(periode.version) }}
          name="beoordelaarId"
          legend="BPV-beoordelaar"
          options={beoordelaars}
          current={periode.beoordelaarId}
        />
      )}
    </>
  )
}
