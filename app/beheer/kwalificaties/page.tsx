import Link from 'next/link'

import { requireSectionActor } from '@/lib/auth/session'
import { listKwalificaties } from '@/lib/kwalificaties/import-kwalificatie'

import { FileImportForm } from '@/components/file-import-form'

import { importKwalificatieAction } from './actions'

export const metadata = { title: 'Kwalificaties' }

export default async function KwalificatiesPage() {
  const actor = await requireSectionActor('beheer', '/beheer/kwalificaties')
  const kwalificaties = await listKwalificaties({ actorId: actor.id })

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Kwalificaties</h1>
      <section aria-labelledby="lijst-kop" className="mb-10">
        <h2 id="lijst-kop" className="mb-3 text-xl font-semibold">
          Beschikbare dossiers
        </h2>
        <p className="mb-3 text-slate-700">
          Open een dossier om de werkprocessen te zien en er activiteiten van
          jouw school aan toe te voegen.
        </p>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {kwalificaties.map((kwalificatie) => (
            <li key={kwalificatie.id} className="p-3">
              <p className="font-semibold">
                <Link href={`/beheer/kwalificaties/${kwalificatie.id}`}>
                  {kwalificatie.naam} ({kwalificatie.crebo}), versie{' '}
                  {kwalificatie.versie}
                </Link>
              </p>
              <p className="text-sm text-slate-700">
                Niveau {kwalificatie.niveau} ·{' '}
                {kwalificatie.aantalWerkprocessen} werkprocessen ·{' '}
                {kwalificatie.schoolId
                  ? 'door jouw school geïmporteerd'
                  : 'landelijk'}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section
        aria-labelledby="importeren-kop"
        className="rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="importeren-kop" className="mb-3 text-xl font-semibold">
          Dossier importeren
        </h2>
        <FileImportForm
          action={importKwalificatieAction}
          inputId="dossier-bestand"
          label="Dossier als JSON of CSV"
          hint="JSON met crebo, naam, niveau, versie en kerntaken met hun werkprocessen; of CSV met per regel één werkproces en de kolommen crebo, naam, niveau, versie, kerntaakcode, kerntaaktitel, werkprocescode en werkprocestitel."
          accept=".json,.csv,application/json,text/csv"
        />
      </section>
    </>
  )
}
