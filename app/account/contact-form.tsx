'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NameFields } from '@/components/name-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState, type FormState } from '@/lib/forms'

export function ContactForm({
  action,
  account,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  account: {
    voornaam: string
    tussenvoegsel: string
    achternaam: string
    telefoon: string
    schoolId: string | null
    scholen: { id: string; naam: string }[]
  }
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const values = {
    voornaam: account.voornaam,
    tussenvoegsel: account.tussenvoegsel,
    achternaam: account.achternaam,
    telefoon: account.telefoon,
    schoolId: account.schoolId ?? '',
    ...state.values,
  }

  return (
    <form ref={formRef} action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Contactgegevens en school</legend>
        <NameFields values={values} errors={state.fieldErrors} isOwnName />
        <TextField
          name="telefoon"
          label="Telefoonnummer"
          type="tel"
          autoComplete="tel"
          defaultValue={values.telefoon}
          errors={state.fieldErrors.telefoon}
        />
        <div>
          <label htmlFor="schoolId" className="font-medium">
            School
          </label>
          <select
            id="schoolId"
            name="schoolId"
            defaultValue={values.schoolId}
            aria-describedby="schoolId-fout"
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          >
            <option value="">Geen school</option>
            {account.scholen.map((school) => (
              <option key={school.id} value={school.id}>
                {school.naam}
              </option>
            ))}
          </select>
          <div id="schoolId-fout" aria-live="polite">
            {state.fieldErrors.schoolId?.map((error) => (
              <p key={error} className="mt-1 text-sm text-red-800">
                {error}
              </p>
            ))}
          </div>
        </div>
        <TextField
          name="currentPassword"
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          isRequired
          hint="Ter bevestiging van je wijziging."
          errors={state.fieldErrors.currentPassword}
        />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Gegevens opslaan'}
        </button>
      </fieldset>
    </form>
  )
}
