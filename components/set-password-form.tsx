'use client'

import { useActionState, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'

import { primaryButton } from './buttons'
import { FormMessage } from './form-message'
import { NewPasswordFields } from './new-password-fields'
import { useSignInWithNewPassword } from './use-sign-in-with-new-password'
import { useRestoreFocus } from './use-restore-focus'

function goToStartPage() {
  // A full navigation, so the server sees the new session cookie.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign('/')
}

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
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const rememberPassword = useSignInWithNewPassword(state, goToStartPage)

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={rememberPassword}
      className="space-y-4 rounded border border-slate-200 bg-white p-6"
    >
      <input type="hidden" name="token" value={token} />
      <fieldset
        disabled={isPending || state.status === 'success'}
        className="space-y-4"
      >
        <legend className="sr-only">Nieuw wachtwoord</legend>
        <NewPasswordFields errors={state.fieldErrors} />
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Wachtwoord instellen'}
        </button>
      </fieldset>
    </form>
  )
}
