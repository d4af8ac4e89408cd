'use client'

import { useActionState } from 'react'

import { secondaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { initialFormState } from '@/lib/forms'

import { importLeerbedrijvenAction } from './actions'

export function ImportLeerbedrijvenForm() {
  const [state, formAction, isPending] = useActionState(
    importLeerbedrijvenAction,
    initialFormState,
  )

  return (
    <form action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Leerbedrijven importeren</legend>
        <div>
          <label htmlFor="leerbedrijven-bestand" className="font-medium">
            CSV-bestand met leerbedrijven
          </label>
          <p id="leerbedrijven-hint" className="text-sm text-slate-700">
            Met kolommen voor leerbedrijf-ID, naam, adres, postcode, plaats,
            KvK-nummer en Stagemarkt-code. Bestaande leerbedrijven worden
            bijgewerkt.
          </p>
          <input
            id="leerbedrijven-bestand"
            name="bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="leerbedrijven-hint"
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
