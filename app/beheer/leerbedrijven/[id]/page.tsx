import { BackLink } from '@/components/back-link'
import { ButtonForm } from '@/components/button-form'
import { requireSectionActor } from '@/lib/auth/session'
import { findLeerbedrijfOrThrow } from '@/lib/leerbedrijven/find-leerbedrijf'
import { loadOrNotFound } from '@/lib/pages'
import { formatSortName } from '@/lib/users/sort-names'

import { LeerbedrijfForm } from '../leerbedrijf-form'
import { removeOpleiderAction, sbbAction } from './actions'
import { AddOpleiderForm } from './add-opleider-form'

export const metadata = { title: 'Leerbedrijf' }

export default async function LeerbedrijfPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ ontkoppeld?: string }>
}) {
  const { id } = await params
  const actor = await requireSectionActor(
    'beheer',
    `/beheer/leerbedrijven/${id}`,
  )
  const { ontkoppeld } = await searchParams
  const { opleiders, ...leerbedrijf } = await loadOrNotFound(
    findLeerbedrijfOrThrow({ actorId: actor.id, leerbedrijfId: id }),
  )

  return (
    <>
      <BackLink href="/beheer/leerbedrijven" label="Terug naar leerbedrijven" />
      <h1 className="mb-1 text-2xl font-bold">{leerbedrijf.naam}</h1>
      <p className="mb-6 text-slate-700">
        {[
          [leerbedrijf.adres, leerbedrijf.postcode, leerbedrijf.plaats]
            .filter(Boolean)
            .join(', '),
          `leerbedrijf-ID ${leerbedrijf.leerbedrijfId}`,
          leerbedrijf.stagemarktCode &&
            `Stagemarkt-code ${leerbedrijf.stagemarktCode}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>

      <div className="space-y-10">
        <section aria-labelledby="opleiders-kop">
          <h2 id="opleiders-kop" className="mb-2 text-xl font-semibold">
            Praktijkopleiders ({opleiders.length})
          </h2>
          <p className="mb-3 text-slate-700">
            Alleen wie bij SBB geregistreerd is, kan aan een praktijkperiode
            worden gekoppeld.
          </p>
          <div role="status" aria-live="polite" className="mb-3">
            {ontkoppeld ? (
              <p className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800">
                De praktijkopleider is ontkoppeld van dit leerbedrijf. Het
                account blijft bestaan.
              </p>
            ) : null}
          </div>
          {opleiders.length === 0 ? (
            <p>Er staan nog geen praktijkopleiders bij dit leerbedrijf.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {opleiders.map((opleider) => (
                <li key={opleider.id} className="p-3">
                  <p className="font-semibold">{formatSortName(opleider)}</p>
                  <p className="text-sm break-all">{opleider.email}</p>
                  <p className="text-sm">
                    Geregistreerd bij SBB:{' '}
                    <strong>
                      {opleider.isSbbGeregistreerd ? 'ja' : 'nee'}
                    </strong>
                  </p>
                  <div className="mt-2 flex flex-wrap gap-4">
                    <ButtonForm
                      action={sbbAction}
                      hidden={{
                        leerbedrijfId: leerbedrijf.id,
                        userId: opleider.id,
                      }}
                      buttons={[
                        opleider.isSbbGeregistreerd
                          ? {
                              label: 'Registratie intrekken',
                              name: 'besluit',
                              value: 'intrekken',
                            }
                          : {
                              label: 'Markeren als geregistreerd',
                              name: 'besluit',
                              value: 'registreren',
                            },
                      ]}
                    />
                    <ButtonForm
                      action={removeOpleiderAction}
                      hidden={{
                        leerbedrijfId: leerbedrijf.id,
                        userId: opleider.id,
                      }}
                      buttons={[{ label: 'Ontkoppelen' }]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section
          aria-labelledby="opleider-toevoegen-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2
            id="opleider-toevoegen-kop"
            className="mb-3 text-xl font-semibold"
          >
            Praktijkopleider toevoegen
          </h2>
          <AddOpleiderForm leerbedrijfId={leerbedrijf.id} />
        </section>

        <section
          aria-labelledby="gegevens-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="gegevens-kop" className="mb-3 text-xl font-semibold">
            Gegevens wijzigen
          </h2>
          <LeerbedrijfForm leerbedrijf={leerbedrijf} />
        </section>
      </div>
    </>
  )
}
