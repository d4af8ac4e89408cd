import type { Kerntaak } from '@/lib/periodes/find-praktijkperiode'
import type { MeetmomentDetail } from '@/lib/meetmomenten/find-meetmoment'
import { REFLECTIE_VRAGEN, type ReflectieVeld } from '@/lib/meetmomenten/rules'
import { schaal } from '@/lib/meetmomenten/schaal'

import { formatTijdstip } from '@/lib/dates'

export function WerkplanReadonly({
  meetmoment,
}: {
  meetmoment: MeetmomentDetail
}) {
  return (
    <dl className="space-y-3">
      <div>
        <dt className="font-medium">
          Afspraken en leerdoel tot het volgende meetmoment
        </dt>
        <dd className="whitespace-pre-line">{meetmoment.afspraken || '—'}</dd>
      </div>
      <div>
        <dt className="font-medium">
          Concrete acties en te behalen resultaten
        </dt>
        <dd className="whitespace-pre-line">{meetmoment.acties || '—'}</dd>
      </div>
    </dl>
  )
}

export function ScoresReadonly({
  meetmoment,
  kerntaken,
}: {
  meetmoment: MeetmomentDetail
  kerntaken: Kerntaak[]
}) {
  const scores = new Map(
    meetmoment.scores.map((score) => [score.werkprocesId, score]),
  )

  return (
    <div className="space-y-4">
      {kerntaken.map((kerntaak) => (
        <div key={kerntaak.id}>
          <h3 className="font-semibold">
            {kerntaak.code} {kerntaak.titel}
          </h3>
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white">
            {kerntaak.werkprocessen.map((werkproces) => {
              const score = scores.get(werkproces.id)

              return (
                <li
                  key={werkproces.id}
                  className="flex flex-wrap justify-between gap-2 px-3 py-2"
                >
                  <span>
                    <span className="font-mono text-sm">{werkproces.code}</span>{' '}
                    {werkproces.titel}
                  </span>
                  <span className="font-semibold">
                    {score ? schaal[score.waarde].label : 'Niet beoordeeld'}
                  </span>
                  {score?.opmerking ? (
                    <span className="w-full text-sm text-slate-700">
                      {score.opmerking}
                    </span>
                  ) : null}
                </li>
              )
            })}
          </ul>
        </div>
      ))}
    </div>
  )
}

export function ReflectieReadonly({
  reflectie,
}: {
  reflectie: NonNullable<MeetmomentDetail['reflectie']>
}) {
  return (
    <div>
      <dl className="space-y-3">
        {(Object.keys(REFLECTIE_VRAGEN) as ReflectieVeld[]).map((veld) => (
          <div key={veld}>
            <dt className="font-medium">{REFLECTIE_VRAGEN[veld]}</dt>
            <dd className="whitespace-pre-line">{reflectie[veld] || '—'}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {reflectie.vastgelegdOp
          ? `Reflectie vastgelegd op ${formatTijdstip(reflectie.vastgelegdOp)}.`
          : 'De reflectie is nog niet vastgelegd.'}
      </p>
    </div>
  )
}
