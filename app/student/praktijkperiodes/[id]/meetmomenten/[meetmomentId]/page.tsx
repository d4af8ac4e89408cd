import { BackLink } from '@/components/back-link'
import {
  ReflectieReadonly,
  ScoresReadonly,
  WerkplanReadonly,
} from '@/components/meetmoment/meetmoment-readonly'
import { MeetmomentView } from '@/components/meetmoment/meetmoment-view'
import { requireSectionActor } from '@/lib/auth/session'
import { formatTijdstip } from '@/lib/dates'
import { findMeetmomentOrThrow } from '@/lib/meetmomenten/find-meetmoment'
import { SCHAALWAARDEN, schaal } from '@/lib/meetmomenten/schaal'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'
import { loadOrNotFound } from '@/lib/pages'

import { WerkplanForm } from '../werkplan-form'
import {
  finalizeAction,
  saveReflectieAction,
  saveScoreAction,
  saveWerkplanAction,
} from './actions'
import { FinalizeForm } from './finalize-form'
import { ReflectieForm } from './reflectie-form'
import { ScoreForm } from './score-form'

export const metadata = { title: 'Zelfevaluatie' }

function SchaalUitleg() {
  return (
    <details className="mb-4 rounded border border-slate-200 bg-white p-4" open>
      <summary className="cursor-pointer font-medium">
        Wat betekenen nooit, oefenen, voldoende en goed?
      </summary>
      <dl className="mt-3 space-y-2">
        {SCHAALWAARDEN.map((waarde) => (
          <div key={waarde}>
            <dt className="font-semibold">{schaal[waarde].label}</dt>
            <dd id={`schaal-${waarde}`}>{schaal[waarde].betekenis}</dd>
          </div>
        ))}
      </dl>
    </details>
  )
}

export default async function StudentMeetmomentPage({
  params,
}: {
  params: Promise<{ id: string; meetmomentId: string }>
}) {
  const { id, meetmomentId } = await params
  const basePath = `/student/praktijkperiodes/${id}/meetmomenten`
  const actor = await requireSectionActor(
    'student',
    `${basePath}/${meetmomentId}`,
  )
  const ids = { actorId: actor.id, section: 'student' as const, periodeId: id }
  const periode = await loadOrNotFound(findPraktijkperiodeOrThrow(ids))
  const meetmoment = await loadOrNotFound(
    findMeetmomentOrThrow({ ...ids, meetmomentId }),
  )

  if (meetmoment.auteurId !== actor.id) {
    return (
      <>
        <BackLink href={basePath} label="Terug naar meetmomenten" />
        <h1 className="mb-4 text-2xl font-bold">Voortgangsmeting</h1>
        <MeetmomentView meetmoment={meetmoment} kerntaken={periode.kerntaken} />
      </>
    )
  }

  const isOpen = periode.status !== 'afgesloten'
  const isEditable = isOpen && !meetmoment.vastgelegdOp
  const werkprocessen = periode.kerntaken.flatMap(
    (kerntaak) => kerntaak.werkprocessen,
  )
  const scores = new Map(
    meetmoment.scores.map((score) => [score.werkprocesId, score]),
  )
  const savedCount = werkprocessen.filter((werkproces) =>
    scores.has(werkproces.id),
  ).length
  const reflectie = meetmoment.reflectie

  return (
    <>
      <BackLink href={basePath} label="Terug naar meetmomenten" />
      <h1 className="mb-2 text-2xl font-bold">Zelfevaluatie</h1>
      <p className="mb-6 text-slate-700">
        Aangemaakt op {formatTijdstip(meetmoment.createdAt)}.{' '}
        {meetmoment.vastgelegdOp
          ? `Vastgelegd op ${formatTijdstip(meetmoment.vastgelegdOp)}.`
          : isOpen
            ? 'Nog niet vastgelegd: je kunt alles nog aanpassen.'
            : 'De periode is afgesloten; dit meetmoment is niet vastgelegd.'}
      </p>

      <div className="space-y-10">
        <section aria-labelledby="werkplan">
          <h2 id="werkplan" className="mb-3 text-xl font-semibold">
            Werkplan
          </h2>
          {isEditable ? (
            <WerkplanForm
              action={saveWerkplanAction}
              hidden={{
                periodeId: id,
                meetmomentId,
                version: String(meetmoment.version),
              }}
              afspraken={meetmoment.afspraken}
              acties={meetmoment.acties}
            />
          ) : (
            <WerkplanReadonly meetmoment={meetmoment} />
          )}
        </section>

        <section aria-labelledby="zelfevaluatie">
          <h2 id="zelfevaluatie" className="mb-3 text-xl font-semibold">
            Zelfevaluatie
          </h2>
          {isEditable ? (
            <>
              <p className="mb-3">
                Kies per werkproces wat het beste bij jou past en klik bij dat
                werkproces op Opslaan.
              </p>
              <SchaalUitleg />
              <div className="space-y-6">
                {periode.kerntaken.map((kerntaak) => (
                  <div key={kerntaak.id}>
                    <h3 className="mb-2 font-semibold">
                      {kerntaak.code} {kerntaak.titel}
                    </h3>
                    <div className="space-y-3">
                      {kerntaak.werkprocessen.map((werkproces) => {
                        const score = scores.get(werkproces.id)

                        return (
                          <ScoreForm
                            key={werkproces.id}
                            action={saveScoreAction}
                            periodeId={id}
                            meetmomentId={meetmomentId}
                            werkproces={werkproces}
                            saved={
                              score
                                ? {
                                    waarde: score.waarde,
                                    version: score.version,
                                  }
                                : null
                            }
                          />
                        )
                      })}
                    </div>
                  </div>
                ))}
                <FinalizeForm
                  action={finalizeAction}
                  periodeId={id}
                  meetmomentId={meetmomentId}
                  savedCount={savedCount}
                  total={werkprocessen.length}
                />
              </div>
            </>
          ) : (
            <ScoresReadonly
              meetmoment={meetmoment}
              kerntaken={periode.kerntaken}
            />
          )}
        </section>

        {meetmoment.vastgelegdOp ? (
          <section aria-labelledby="reflectie">
            <h2 id="reflectie" className="mb-3 text-xl font-semibold">
              Reflectie
            </h2>
            {isOpen && !reflectie?.vastgelegdOp ? (
              <>
                <p className="mb-3">
                  Kijk terug op deze periode. Beantwoord alle vragen en leg je
                  reflectie daarna vast.
                </p>
                <ReflectieForm
                  action={saveReflectieAction}
                  periodeId={id}
                  meetmomentId={meetmomentId}
                  version={reflectie?.version ?? 0}
                  inhoud={{
                    watGingGoed: reflectie?.watGingGoed ?? '',
                    watWasLastig: reflectie?.watWasLastig ?? '',
                    watGeleerd: reflectie?.watGeleerd ?? '',
                    volgendeStap: reflectie?.volgendeStap ?? '',
                  }}
                />
              </>
            ) : reflectie ? (
              <ReflectieReadonly reflectie={reflectie} />
            ) : (
              <p>Er is geen reflectie geschreven.</p>
            )}
          </section>
        ) : null}
      </div>
    </>
  )
}
