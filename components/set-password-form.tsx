'use client'

import { signIn } from 'next-auth/react'
import { useActionState, useEffect, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'
import { MIN_PASSWORD_LENGTH } from '@/lib/accounts/schemas'

import { primaryButton } from './buttons'
import { FormMessage } from './form-message'
import { TextField } from './text-field'

// Sets a password from an invitation or reset link, then signs in with it
// and goes to the user's start page.
export function SetPasswordForm({
  action,
  token,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  token: string
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const password = useRef('')

  useEffect(() => {
    if (state.status !== 'success' || !state.values.email) {
      return
    }

    void signIn('credentials', {
      email: state.values.email,
      password: password.current,
      redirect: false,
      // A full navigation, so the server sees the new session cookie.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    }).then(() => window.location.assign('/'))
  }, [state])

  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        password.current = String(
          new FormData(event.currentTarget).get('password') ?? '',
        )
      }}
      className="space-y-4 rounded border border-slate-200 bg-white p-6"
    >
      <input type="hidden" name="token" value={token} />
      <fieldset
        disabled={isPending || state.status === 'success'}
        className="space-y-4"
      >
        <legend className="sr-only">Nieuw wachtwoord</legend>
        <TextField
          name="password"
          label="Nieuw wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens.`}
          errors={state.fieldErrors.password}
        />
        <TextField
          name="passwordBevestiging"
          label="Herhaal het wachtwoord"
          type="password"
          autoComplete="new-password"
          isRequired
          errors={state.fieldErrors.passwordBevestiging}
        />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Wachtwoord instellen'}
        </button>
      </fieldset>
    </form>
  )
}
