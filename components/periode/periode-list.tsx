import Link from 'next/link'

import type { Section } from '@/lib/auth/roles'
import { formatDatum } from '@/lib/dates'
import type { PeriodeListItem } from '@/lib/periodes/list-praktijkperiodes'

import { PeriodeStatusBadge } from '../status-badge'

function PeriodeCard({
  periode,
  section,
}: {
  periode: PeriodeListItem
  section: Section
}) {
  const plaats =
    periode.locatie === 'school'
      ? 'Op school'
      : (periode.leerbedrijfNaam ?? 'Leerbedrijf nog niet gekozen')
  const beoordelaar =
    periode.locatie === 'school'
      ? periode.beoordelaarNaam
      : periode.praktijkopleiderNaam

  return (
    <li className="rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="text-lg font-semibold">
          <Link href={`/${section}/praktijkperiodes/${periode.id}`}>
            {section === 'student' ? plaats : periode.studentNaam}
          </Link>
        </h3>
        <PeriodeStatusBadge status={periode.status} />
      </div>
      <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Periode</dt>
        <dd>
          {formatDatum(periode.startdatum)} tot {formatDatum(periode.einddatum)}
        </dd>
        {section !== 'student' ? (
          <>
            <dt className="font-medium text-slate-700">Locatie</dt>
            <dd>{plaats}</dd>
          </>
        ) : null}
        <dt className="font-medium text-slate-700">
          {periode.locatie === 'school'
            ? 'BPV-beoordelaar'
            : 'Praktijkopleider'}
        </dt>
        <dd>{beoordelaar ?? 'Nog niet gekozen'}</dd>
        <dt className="font-medium text-slate-700">Kwalificatie</dt>
        <dd>
          {periode.kwalificatieNaam} ({periode.crebo})
        </dd>
      </dl>
    </li>
  )
}

// Open and new periodes on top, afgesloten ones below (the list arrives
// sorted that way from lib/).
export function PeriodeList({
  periodes,
  section,
}: {
  periodes: PeriodeListItem[]
  section: Section
}) {
  const current = periodes.filter((periode) => periode.status !== 'afgesloten')
  const closed = periodes.filter((periode) => periode.status === 'afgesloten')

  if (periodes.length === 0) {
    return <p>Er zijn nog geen praktijkperiodes.</p>
  }

  return (
    <div className="space-y-8">
      <section aria-labelledby="lopend">
        <h2 id="lopend" className="mb-3 text-xl font-semibold">
          Lopend en nieuw
        </h2>
        {current.length > 0 ? (
          <ul className="space-y-3">
            {current.map((periode) => (
              <PeriodeCard
                key={periode.id}
                periode={periode}
                section={section}
              />
            ))}
          </ul>
        ) : (
          <p>Geen lopende praktijkperiodes.</p>
        )}
      </section>
      {closed.length > 0 ? (
        <section aria-labelledby="afgesloten">
          <h2 id="afgesloten" className="mb-3 text-xl font-semibold">
            Afgesloten
          </h2>
          <ul className="space-y-3">
            {closed.map((periode) => (
              <PeriodeCard
                key={periode.id}
                periode={periode}
                section={section}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
