'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NewPasswordFields } from '@/components/new-password-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { useSignInWithNewPassword } from '@/components/use-sign-in-with-new-password'
import { initialFormState, type FormState } from '@/lib/forms'

export function PasswordForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const rememberPassword = useSignInWithNewPassword(state)

  return (
    <form ref={formRef} action={formAction} onSubmit={rememberPassword}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Wachtwoord wijzigen</legend>
        <TextField
          idPrefix="wachtwoord-"
          name="currentPassword"
          label="Huidig wachtwoord"
          type="password"
          autoComplete="current-password"
          isRequired
          errors={state.fieldErrors.currentPassword}
        />
        <NewPasswordFields idPrefix="wachtwoord-" errors={state.fieldErrors} />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Wachtwoord wijzigen'}
        </button>
      </fieldset>
    </form>
  )
}
