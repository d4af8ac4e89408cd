import { formatDatum } from '@/lib/dates'
import type { PraktijkperiodeDetail } from '@/lib/periodes/find-praktijkperiode'

import { PeriodeStatusBadge } from '../status-badge'

export function PeriodeSummary({
  periode,
}: {
  periode: PraktijkperiodeDetail
}) {
  const isSchool = periode.locatie === 'school'

  return (
    <section
      aria-labelledby="gegevens"
      className="rounded border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="gegevens" className="text-xl font-semibold">
          Gegevens
        </h2>
        <PeriodeStatusBadge status={periode.status} />
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Student</dt>
        <dd>{periode.studentNaam}</dd>
        <dt className="font-medium text-slate-700">Periode</dt>
        <dd>
          {formatDatum(periode.startdatum)} tot {formatDatum(periode.einddatum)}
        </dd>
        <dt className="font-medium text-slate-700">Locatie</dt>
        <dd>
          {isSchool
            ? 'Op school'
            : [periode.leerbedrijfNaam, periode.leerbedrijfPlaats]
                .filter(Boolean)
                .join(', ') || 'Leerbedrijf nog niet gekozen'}
        </dd>
        <dt className="font-medium text-slate-700">
          {isSchool ? 'BPV-beoordelaar' : 'Praktijkopleider'}
        </dt>
        <dd>
          {(isSchool
            ? periode.beoordelaarNaam
            : periode.praktijkopleiderNaam) ?? 'Nog niet gekozen'}
        </dd>
        <dt className="font-medium text-slate-700">BPV-begeleider</dt>
        <dd>{periode.begeleiderNaam ?? 'Nog niet gekozen'}</dd>
        <dt className="font-medium text-slate-700">Kwalificatie</dt>
        <dd>
          {periode.kwalificatieNaam}, crebo {periode.crebo}, niveau{' '}
          {periode.niveau} (versie {periode.kwalificatieVersie})
        </dd>
        {periode.urenAfgesproken !== null ? (
          <>
            <dt className="font-medium text-slate-700">Afgesproken uren</dt>
            <dd>{periode.urenAfgesproken}</dd>
          </>
        ) : null}
      </dl>
      {periode.status === 'afgesloten' ? (
        <p className="mt-3 text-slate-700">
          Deze periode is afgesloten op {formatDatum(periode.einddatum)}. Je
          kunt alles nog bekijken, maar niet meer wijzigen.
        </p>
      ) : null}
    </section>
  )
}

export function WerkprocessenList({
  periode,
}: {
  periode: PraktijkperiodeDetail
}) {
  return (
    <section aria-labelledby="werkprocessen">
      <h2 id="werkprocessen" className="mb-3 text-xl font-semibold">
        Werkprocessen
      </h2>
      <div className="space-y-4">
        {periode.kerntaken.map((kerntaak) => (
          <div
            key={kerntaak.id}
            className="rounded border border-slate-200 bg-white p-4"
          >
            <h3 className="font-semibold">
              {kerntaak.code} {kerntaak.titel}
            </h3>
            <ul className="mt-2 space-y-1">
              {kerntaak.werkprocessen.map((werkproces) => (
                <li key={werkproces.id}>
                  <span className="font-mono text-sm">{werkproces.code}</span>{' '}
                  {werkproces.titel}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  )
}
