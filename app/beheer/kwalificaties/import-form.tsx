'use client'

import { useActionState } from 'react'

import { secondaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { initialFormState } from '@/lib/forms'

import { importKwalificatieAction } from './actions'

export function ImportKwalificatieForm() {
  const [state, formAction, isPending] = useActionState(
    importKwalificatieAction,
    initialFormState,
  )

  return (
    <form action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Kwalificatiedossier importeren</legend>
        <div>
          <label htmlFor="dossier-bestand" className="font-medium">
            Dossier als JSON of CSV
          </label>
          <p id="dossier-hint" className="text-sm text-slate-700">
            JSON met crebo, naam, niveau, versie en kerntaken met hun
            werkprocessen; of CSV met per regel één werkproces en de kolommen
            crebo, naam, niveau, versie, kerntaakcode, kerntaaktitel,
            werkprocescode en werkprocestitel.
          </p>
          <input
            id="dossier-bestand"
            name="bestand"
            type="file"
            accept=".json,.csv,application/json,text/csv"
            aria-describedby="dossier-hint"
            className="mt-2 block w-full text-sm"
          />
        </div>
        <FormMessage state={state} />
        <button type="submit" className={secondaryButton}>
          {isPending ? 'Bezig met importeren…' : 'Importeren'}
        </button>
      </fieldset>
    </form>
  )
}
