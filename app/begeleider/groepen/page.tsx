import Link from 'next/link'

import { requireSectionActor } from '@/lib/auth/session'
import { listGroepen, listKwalificatieOpties } from '@/lib/groepen/list-groepen'

import { CreateGroepForm } from './create-groep-form'

export const metadata = { title: 'Groepen' }

export default async function GroepenPage() {
  const actor = await requireSectionActor('begeleider', '/begeleider/groepen')
  const [groepen, kwalificaties] = await Promise.all([
    listGroepen({ actorId: actor.id }),
    listKwalificatieOpties({ actorId: actor.id }),
  ])

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Groepen</h1>
      <section aria-labelledby="mijn-groepen" className="mb-10">
        <h2 id="mijn-groepen" className="mb-3 text-xl font-semibold">
          Mijn groepen
        </h2>
        {groepen.length === 0 ? (
          <p>Je hebt nog geen groepen.</p>
        ) : (
          <ul className="space-y-3">
            {groepen.map((groep) => (
              <li
                key={groep.id}
                className="rounded border border-slate-200 bg-white p-4"
              >
                <h3 className="text-lg font-semibold">
                  <Link href={`/begeleider/groepen/${groep.id}`}>
                    {groep.naam}
                  </Link>
                </h3>
                <p className="text-sm text-slate-700">
                  {[
                    groep.cohort && `cohort ${groep.cohort}`,
                    groep.kwalificatieNaam &&
                      `${groep.kwalificatieNaam} (${groep.crebo})`,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <p className="text-sm">
                  {groep.aantalStudenten} studenten
                  {Number(groep.aantalAanvragen) > 0
                    ? ` · ${groep.aantalAanvragen} aanmelding(en) wachten op jou`
                    : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section
        aria-labelledby="nieuwe-groep"
        className="rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="nieuwe-groep" className="mb-3 text-xl font-semibold">
          Nieuwe groep
        </h2>
        <CreateGroepForm kwalificaties={kwalificaties} />
      </section>
    </>
  )
}
