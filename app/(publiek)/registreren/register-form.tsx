'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NameFields } from '@/components/name-fields'
import { NewPasswordFields } from '@/components/new-password-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { registerAction } from './actions'

export function RegisterForm() {
  const [state, formAction, isPending] = useActionState(
    registerAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const { values, fieldErrors } = state

  if (state.status === 'success') {
    return <FormMessage state={state} />
  }

  return (
    <form
      ref={formRef}
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
        <NameFields values={values} errors={fieldErrors} isOwnName />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="email"
          isRequired
          defaultValue={values.email}
          errors={fieldErrors.email}
        />
        <NewPasswordFields label="Wachtwoord" errors={fieldErrors} />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Registreren'}
        </button>
      </fieldset>
    </form>
  )
}
