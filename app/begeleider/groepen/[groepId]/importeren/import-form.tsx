'use client'

import {
  startTransition,
  useActionState,
  useState,
  type FormEvent,
} from 'react'

import { primaryButton, secondaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import type { ImportActie } from '@/lib/onboarding/import-students'

import { importAction, type ImportState } from './actions'

const initialState: ImportState = {
  status: 'idle',
  message: '',
  preview: null,
  result: null,
}

const actieLabels: Record<ImportActie, string> = {
  nieuw: 'Nieuw account, krijgt uitnodiging',
  bestaand: 'Bestaand account, wordt toegevoegd',
  'al-in-groep': 'Zit al in de groep',
  fout: 'Wordt overgeslagen',
}

export function ImportForm({ groepId }: { groepId: string }) {
  const [state, dispatch, isPending] = useActionState(
    importAction,
    initialState,
  )
  // A newly chosen file makes the shown preview stale.
  const [isStale, setIsStale] = useState(false)
  const showPreview = state.status === 'preview' && !isStale
  const rows = state.preview?.rows ?? []
  const counts = {
    nieuw: rows.filter((row) => row.actie === 'nieuw').length,
    bestaand: rows.filter((row) => row.actie === 'bestaand').length,
    overslaan: rows.filter(
      (row) => row.actie === 'fout' || row.actie === 'al-in-groep',
    ).length,
  }

  // Submitted by hand so the chosen file stays in the input for step two.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent)
      .submitter as HTMLButtonElement | null
    const formData = new FormData(event.currentTarget)
    formData.set('intent', submitter?.value ?? 'preview')
    setIsStale(false)
    startTransition(() => dispatch(formData))
  }

  return (
    <form onSubmit={handleSubmit} className="space-y-6">
      <input type="hidden" name="groepId" value={groepId} />
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Bestand kiezen</legend>
        <div>
          <label htmlFor="bestand" className="font-medium">
            CSV-bestand met studenten
          </label>
          <p id="bestand-hint" className="text-sm text-slate-700">
            Opgeslagen als CSV uit Excel, met kolommen voor voornaam,
            tussenvoegsel, achternaam, e-mailadres en studentnummer. Hooguit 1
            MB.
          </p>
          <input
            id="bestand"
            name="bestand"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="bestand-hint"
            className="mt-2 block w-full text-sm"
            onChange={() => setIsStale(true)}
          />
        </div>
        <button type="submit" value="preview" className={secondaryButton}>
          Bekijk wat er gebeurt
        </button>
      </fieldset>

      <FormMessage state={state} />
      <div aria-live="polite">
        {showPreview ? (
          <p>
            {counts.nieuw} nieuw, {counts.bestaand} bestaand, {counts.overslaan}{' '}
            overslaan. Er is nog niets opgeslagen.
          </p>
        ) : null}
      </div>

      {showPreview ? (
        <>
          <div className="overflow-x-auto rounded border border-slate-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Voorbeeld van de import</caption>
              <thead className="bg-slate-100">
                <tr>
                  <th scope="col" className="p-2">
                    Regel
                  </th>
                  <th scope="col" className="p-2">
                    Naam
                  </th>
                  <th scope="col" className="p-2">
                    E-mailadres
                  </th>
                  <th scope="col" className="p-2">
                    Wat er gebeurt
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.line} className="border-t border-slate-200">
                    <td className="p-2">{row.line}</td>
                    <td className="p-2">
                      {[row.voornaam, row.tussenvoegsel, row.achternaam]
                        .filter(Boolean)
                        .join(' ')}
                    </td>
                    <td className="p-2 break-all">{row.email}</td>
                    <td className="p-2">
                      {actieLabels[row.actie]}
                      {row.problems.length > 0 ? (
                        <span className="block text-red-800">
                          {row.problems.join(' ')}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="submit"
            value="confirm"
            disabled={isPending || counts.nieuw + counts.bestaand === 0}
            className={primaryButton}
          >
            Importeren bevestigen
          </button>
        </>
      ) : null}
    </form>
  )
}
