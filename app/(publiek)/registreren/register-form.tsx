'use client'

import { useActionState } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { MIN_PASSWORD_LENGTH } from '@/lib/accounts/schemas'
import { initialFormState } from '@/lib/forms'

import { registerAction } from './actions'

export function RegisterForm() {
  const [state, formAction, isPending] = useActionState(
    registerAction,
    initialFormState,
  )
  const { values, fieldErrors } = state

  if (state.status === 'success') {
    return <FormMessage state={state} />
  }

  return (
    <form
      action={formAction}
      className="space-y-4 rounded border border-slate-200 bg-white p-6"
    >
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Aanmelden</legend>
        <TextField
          name="groepscode"
          label="Groepscode"
          autoComplete="off"
          isRequired
          hint="De code die je van je BPV-begeleider hebt gekregen."
          defaultValue={values.groepscode}
          errors={fieldErrors.groepscode}
        />
        <TextField
          name="voornaam"
          label="Voornaam"
          autoComplete="given-name"
          isRequired
          defaultValue={values.voornaam}
          errors={fieldErrors.voornaam}
        />
        <TextField
          name="tussenvoegsel"
          label="Tussenvoegsel"
          autoComplete="additional-name"
          defaultValue={values.tussenvoegsel}
          errors={fieldErrors.tussenvoegsel}
        />
        <TextField
          name="achternaam"
          label="Achternaam"
          autoComplete="family-name"
          isRequired
          defaultValue={values.achternaam}
          errors={fieldErrors.achternaam}
        />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="email"
          isRequired
          defaultValue={values.email}
          errors={fieldErrors.email}
        />
        <TextField
          name="password"
          label="Wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens.`}
          errors={fieldErrors.password}
        />
        <TextField
          name="passwordBevestiging"
          label="Herhaal het wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          errors={fieldErrors.passwordBevestiging}
        />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Registreren'}
        </button>
      </fieldset>
    </form>
  )
}
