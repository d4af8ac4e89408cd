import { BackLink } from '@/components/back-link'
import { ButtonForm } from '@/components/button-form'
import { requireSectionActor } from '@/lib/auth/session'
import { formatDatum } from '@/lib/dates'
import { findKwalificatieOrThrow } from '@/lib/kwalificaties/find-kwalificatie'
import { loadOrNotFound } from '@/lib/pages'

import {
  addActiviteitAction,
  deleteActiviteitAction,
  moveActiviteitAction,
  updateActiviteitAction,
} from './actions'
import { ActiviteitForm } from './activiteit-form'

export const metadata = { title: 'Kwalificatie' }

const summaryStyle =
  'cursor-pointer font-medium text-brand-700 underline underline-offset-2'

export default async function KwalificatiePage({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params
  const actor = await requireSectionActor(
    'beheer',
    `/beheer/kwalificaties/${id}`,
  )
  const kwalificatie = await loadOrNotFound(
    findKwalificatieOrThrow({ actorId: actor.id, kwalificatieId: id }),
  )

  return (
    <>
      <BackLink href="/beheer/kwalificaties" label="Terug naar kwalificaties" />
      <h1 className="mb-1 text-2xl font-bold">
        {kwalificatie.naam} ({kwalificatie.crebo}), versie {kwalificatie.versie}
      </h1>
      <p className="mb-2 text-slate-700">
        {[
          `Niveau ${kwalificatie.niveau}`,
          kwalificatie.geldigVanaf &&
            `geldig vanaf ${formatDatum(kwalificatie.geldigVanaf)}`,
          kwalificatie.isEigen ? 'door jouw school geïmporteerd' : 'landelijk',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p className="mb-6">
        Per werkproces kan jouw school activiteiten vastleggen. Studenten en
        praktijkopleiders beoordelen die dan naast het werkproces. Andere
        scholen zien jouw activiteiten niet.
      </p>

      <div className="space-y-10">
        {kwalificatie.kerntaken.map((kerntaak) => (
          <section
            key={kerntaak.id}
            aria-labelledby={`kerntaak-${kerntaak.id}`}
          >
            <h2
              id={`kerntaak-${kerntaak.id}`}
              className="mb-3 text-xl font-semibold"
            >
              {kerntaak.code} {kerntaak.titel}
            </h2>
            <div className="space-y-4">
              {kerntaak.werkprocessen.map((werkproces) => (
                <section
                  key={werkproces.id}
                  aria-labelledby={`werkproces-${werkproces.id}`}
                  className="rounded border border-slate-200 bg-white p-4"
                >
                  <h3
                    id={`werkproces-${werkproces.id}`}
                    className="mb-2 text-lg font-semibold"
                  >
                    {werkproces.code} {werkproces.titel}
                  </h3>
                  {werkproces.activiteiten.length === 0 ? (
                    <p className="mb-3 text-slate-700">
                      Nog geen activiteiten.
                    </p>
                  ) : (
                    <ol className="mb-3 divide-y divide-slate-200 rounded border border-slate-200">
                      {werkproces.activiteiten.map((activiteit, index) => {
                        const hidden = {
                          kwalificatieId: kwalificatie.id,
                          activiteitId: activiteit.id,
                        }
                        const moves = [
                          index > 0
                            ? {
                                label: 'Omhoog',
                                name: 'richting',
                                value: 'omhoog',
                              }
                            : null,
                          index < werkproces.activiteiten.length - 1
                            ? {
                                label: 'Omlaag',
                                name: 'richting',
                                value: 'omlaag',
                              }
                            : null,
                        ].filter((move) => move !== null)

                        return (
                          <li key={activiteit.id} className="space-y-2 p-3">
                            <p>{activiteit.omschrijving}</p>
                            {activiteit.isInGebruik ? (
                              <p className="text-sm text-slate-700">
                                Al beoordeeld in een meetmoment, dus wijzigen en
                                verwijderen kan niet meer.
                              </p>
                            ) : null}
                            <div className="flex flex-wrap gap-4">
                              {moves.length > 0 ? (
                                <ButtonForm
                                  action={moveActiviteitAction}
                                  hidden={hidden}
                                  buttons={moves}
                                />
                              ) : null}
                              {activiteit.isInGebruik ? null : (
                                <ButtonForm
                                  action={deleteActiviteitAction}
                                  hidden={hidden}
                                  buttons={[{ label: 'Verwijderen' }]}
                                />
                              )}
                            </div>
                            {activiteit.isInGebruik ? null : (
                              <details>
                                <summary className={summaryStyle}>
                                  Omschrijving wijzigen
                                </summary>
                                <div className="mt-2">
                                  <ActiviteitForm
                                    action={updateActiviteitAction}
                                    hidden={{
                                      ...hidden,
                                      version: String(activiteit.version),
                                    }}
                                    idPrefix={`activiteit-${activiteit.id}-`}
                                    legend="Omschrijving wijzigen"
                                    defaultValue={activiteit.omschrijving}
                                    submitLabel="Wijziging opslaan"
                                  />
                                </div>
                              </details>
                            )}
                          </li>
                        )
                      })}
                    </ol>
                  )}
                  <details>
                    <summary className={summaryStyle}>
                      Activiteit toevoegen
                      <span className="sr-only"> aan {werkproces.code}</span>
                    </summary>
                    <div className="mt-2">
                      <ActiviteitForm
                        action={addActiviteitAction}
                        hidden={{
                          kwalificatieId: kwalificatie.id,
                          werkprocesId: werkproces.id,
                        }}
                        idPrefix={`nieuw-${werkproces.id}-`}
                        legend={`Activiteit toevoegen aan ${werkproces.code}`}
                        submitLabel="Toevoegen"
                      />
                    </div>
                  </details>
                </section>
              ))}
            </div>
          </section>
        ))}
      </div>
    </>
  )
}
