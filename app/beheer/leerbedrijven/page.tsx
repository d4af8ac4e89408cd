import Link from 'next/link'

import { secondaryButton } from '@/components/buttons'
import { requireSectionActor } from '@/lib/auth/session'
import { searchLeerbedrijven } from '@/lib/leerbedrijven/search-leerbedrijven'

import { FileImportForm } from '@/components/file-import-form'

import { importLeerbedrijvenAction } from './actions'
import { LeerbedrijfForm } from './leerbedrijf-form'

export const metadata = { title: 'Leerbedrijven' }

export default async function LeerbedrijvenPage({
  searchParams,
}: {
  searchParams: Promise<{ zoek?: string }>
}) {
  await requireSectionActor('beheer', '/beheer/leerbedrijven')
  const { zoek = '' } = await searchParams
  const hits = zoek ? await searchLeerbedrijven({ query: zoek }) : []

  return (
    <>
      <h1 className="mb-6 text-2xl font-bold">Leerbedrijven</h1>

      <section aria-labelledby="zoeken-kop" className="mb-10">
        <h2 id="zoeken-kop" className="mb-3 text-xl font-semibold">
          Zoeken
        </h2>
        <p className="mb-3 text-slate-700">
          Open een leerbedrijf om de gegevens en praktijkopleiders te beheren.
        </p>
        <form role="search" className="flex flex-wrap items-end gap-3">
          <div className="grow">
            <label htmlFor="zoek" className="font-medium">
              Naam, leerbedrijf-ID of Stagemarkt-code
            </label>
            <input
              id="zoek"
              name="zoek"
              type="search"
              defaultValue={zoek}
              className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
            />
          </div>
          <button type="submit" className={secondaryButton}>
            Zoeken
          </button>
        </form>
        {zoek ? (
          <div aria-live="polite" className="mt-4">
            {hits.length === 0 ? (
              <p>Geen leerbedrijven gevonden voor “{zoek}”.</p>
            ) : (
              <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
                {hits.map((hit) => (
                  <li key={hit.id} className="p-3">
                    <p className="font-semibold">
                      <Link href={`/beheer/leerbedrijven/${hit.id}`}>
                        {hit.naam}
                      </Link>
                    </p>
                    <p className="text-sm text-slate-700">
                      {[hit.adres, hit.postcode, hit.plaats]
                        .filter(Boolean)
                        .join(', ')}
                      {' · '}leerbedrijf-ID {hit.leerbedrijfId}
                      {hit.stagemarktCode
                        ? ` · Stagemarkt-code ${hit.stagemarktCode}`
                        : ''}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : null}
      </section>

      <section
        aria-labelledby="toevoegen-kop"
        className="mb-10 rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="toevoegen-kop" className="mb-3 text-xl font-semibold">
          Leerbedrijf toevoegen
        </h2>
        <LeerbedrijfForm />
      </section>

      <section
        aria-labelledby="importeren-kop"
        className="rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="importeren-kop" className="mb-3 text-xl font-semibold">
          Importeren uit een bestand
        </h2>
        <FileImportForm
          action={importLeerbedrijvenAction}
          inputId="leerbedrijven-bestand"
          label="CSV-bestand met leerbedrijven"
          hint="Met kolommen voor leerbedrijf-ID, naam, adres, postcode, plaats, KvK-nummer en Stagemarkt-code. Bestaande leerbedrijven worden bijgewerkt."
          accept=".csv,text/csv"
        />
      </section>
    </>
  )
}
