'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { requestResetAction } from './actions'

export function RequestResetForm() {
  const [state, formAction, isPending] = useActionState(
    requestResetAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)

  return (
    <form
      ref={formRef}
      action={formAction}
      className="space-y-4 rounded border border-slate-200 bg-white p-6"
    >
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Wachtwoord vergeten</legend>
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          autoComplete="username"
          isRequired
          defaultValue={state.values.email}
          errors={state.fieldErrors.email}
        />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Stuur mij een link'}
        </button>
      </fieldset>
    </form>
  )
}
