'use client'

import { signIn } from 'next-auth/react'
import { useActionState, useEffect, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { MIN_PASSWORD_LENGTH } from '@/lib/accounts/schemas'
import { initialFormState, type FormState } from '@/lib/forms'

// A new password ends every session; this browser signs in again with it.
export function PasswordForm({
  action,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const password = useRef('')

  useEffect(() => {
    if (state.status === 'success' && state.values.email) {
      void signIn('credentials', {
        email: state.values.email,
        password: password.current,
        redirect: false,
      })
    }
  }, [state])

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        password.current = String(
          new FormData(event.currentTarget).get('password') ?? '',
        )
      }}
    >
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
        <TextField
          idPrefix="wachtwoord-"
          name="password"
          label="Nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens.`}
          errors={state.fieldErrors.password}
        />
        <TextField
          idPrefix="wachtwoord-"
          name="passwordBevestiging"
          label="Herhaal het nieuwe wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          errors={state.fieldErrors.passwordBevestiging}
        />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Wachtwoord wijzigen'}
        </button>
      </fieldset>
    </form>
  )
}
