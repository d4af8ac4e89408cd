import Link from 'next/link'

import { formatTijdstip } from '@/lib/dates'
import type { MeetmomentListItem } from '@/lib/meetmomenten/list-meetmomenten'

const soortLabels = {
  zelfevaluatie: 'Zelfevaluatie',
  voortgangsmeting: 'Voortgangsmeting',
} as const

export function MeetmomentenTable({
  meetmomenten,
  basePath,
  aantalWerkprocessen,
}: {
  meetmomenten: MeetmomentListItem[]
  basePath: string
  aantalWerkprocessen: number
}) {
  if (meetmomenten.length === 0) {
    return <p>Er zijn nog geen meetmomenten.</p>
  }

  return (
    <ol className="space-y-3">
      {meetmomenten.map((meetmoment, index) => (
        <li
          key={meetmoment.id}
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h3 className="font-semibold">
            <Link href={`${basePath}/${meetmoment.id}`}>
              Meetmoment {index + 1}: {soortLabels[meetmoment.soort]}
            </Link>
          </h3>
          <p className="text-sm text-slate-700">
            {meetmoment.auteurNaam}, aangemaakt op{' '}
            {formatTijdstip(meetmoment.createdAt)}
          </p>
          <p className="text-sm">
            {meetmoment.vastgelegdOp
              ? `Vastgelegd op ${formatTijdstip(meetmoment.vastgelegdOp)}`
              : `Nog niet vastgelegd: ${meetmoment.aantalBeoordeeld ?? 0} van ${aantalWerkprocessen} werkprocessen beoordeeld`}
          </p>
        </li>
      ))}
    </ol>
  )
}
