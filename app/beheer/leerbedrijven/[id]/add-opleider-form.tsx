'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NameFields } from '@/components/name-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { addOpleiderAction } from './actions'

export function AddOpleiderForm({ leerbedrijfId }: { leerbedrijfId: string }) {
  const [state, formAction, isPending] = useActionState(
    addOpleiderAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  // After a success the fields empty for the next person.
  const values = state.status === 'success' ? {} : state.values

  return (
    <form ref={formRef} action={formAction}>
      <input type="hidden" name="leerbedrijfId" value={leerbedrijfId} />
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Praktijkopleider toevoegen</legend>
        <NameFields values={values} errors={state.fieldErrors} />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          isRequired
          hint="Heeft dit adres al een account, dan wordt dat account gebruikt."
          defaultValue={values.email}
          errors={state.fieldErrors.email}
        />
        <div>
          <div className="flex items-center gap-2">
            <input
              id="isSbbGeregistreerd"
              name="isSbbGeregistreerd"
              type="checkbox"
              value="ja"
              defaultChecked={values.isSbbGeregistreerd === 'ja'}
              aria-describedby="isSbbGeregistreerd-hint"
              className="size-5 accent-brand-700"
            />
            <label htmlFor="isSbbGeregistreerd" className="font-medium">
              Geregistreerd bij SBB
            </label>
          </div>
          <p id="isSbbGeregistreerd-hint" className="text-sm text-slate-700">
            Alleen praktijkopleiders die bij SBB geregistreerd zijn, kunnen aan
            een praktijkperiode worden gekoppeld.
          </p>
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Praktijkopleider toevoegen'}
        </button>
      </fieldset>
    </form>
  )
}
