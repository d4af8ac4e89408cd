'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { createGroepAction } from './actions'

export function CreateGroepForm({
  kwalificaties,
}: {
  kwalificaties: { id: string; naam: string; crebo: string; versie: string }[]
}) {
  const [state, formAction, isPending] = useActionState(
    createGroepAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)

  return (
    <form ref={formRef} action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Nieuwe groep</legend>
        <TextField
          name="naam"
          label="Naam van de groep"
          isRequired
          defaultValue={state.values.naam}
          errors={state.fieldErrors.naam}
        />
        <TextField
          name="cohort"
          label="Cohort"
          hint="Bijvoorbeeld 2025."
          defaultValue={state.values.cohort}
          errors={state.fieldErrors.cohort}
        />
        <div>
          <label htmlFor="kwalificatieId" className="font-medium">
            Kwalificatie
          </label>
          <select
            id="kwalificatieId"
            name="kwalificatieId"
            defaultValue={state.values.kwalificatieId ?? ''}
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          >
            <option value="">Nog niet gekozen</option>
            {kwalificaties.map((kwalificatie) => (
              <option key={kwalificatie.id} value={kwalificatie.id}>
                {kwalificatie.naam} ({kwalificatie.crebo}, versie{' '}
                {kwalificatie.versie})
              </option>
            ))}
          </select>
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Groep maken'}
        </button>
      </fieldset>
    </form>
  )
}
