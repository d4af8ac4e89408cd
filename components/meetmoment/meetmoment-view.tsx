import type { MeetmomentDetail } from '@/lib/meetmomenten/find-meetmoment'
import type { Kerntaak } from '@/lib/periodes/find-praktijkperiode'
import { formatTijdstip } from '@/lib/dates'

import {
  ReflectieReadonly,
  ScoresReadonly,
  WerkplanReadonly,
} from './meetmoment-readonly'

// How the other roles of a periode read a student's meetmoment.
export function MeetmomentView({
  meetmoment,
  kerntaken,
}: {
  meetmoment: MeetmomentDetail
  kerntaken: Kerntaak[]
}) {
  return (
    <div className="space-y-8">
      <p>
        {meetmoment.auteurNaam}, aangemaakt op{' '}
        {formatTijdstip(meetmoment.createdAt)}.{' '}
        {meetmoment.vastgelegdOp
          ? `Vastgelegd op ${formatTijdstip(meetmoment.vastgelegdOp)}.`
          : 'Nog niet vastgelegd.'}
      </p>
      <section aria-labelledby="werkplan">
        <h2 id="werkplan" className="mb-3 text-xl font-semibold">
          Werkplan
        </h2>
        <WerkplanReadonly meetmoment={meetmoment} />
      </section>
      <section aria-labelledby="beoordeling">
        <h2 id="beoordeling" className="mb-3 text-xl font-semibold">
          {meetmoment.soort === 'zelfevaluatie'
            ? 'Zelfevaluatie'
            : 'Voortgangsmeting'}
        </h2>
        <ScoresReadonly meetmoment={meetmoment} kerntaken={kerntaken} />
      </section>
      {meetmoment.reflectie ? (
        <section aria-labelledby="reflectie">
          <h2 id="reflectie" className="mb-3 text-xl font-semibold">
            Reflectie
          </h2>
          <ReflectieReadonly reflectie={meetmoment.reflectie} />
        </section>
      ) : null}
    </div>
  )
}
