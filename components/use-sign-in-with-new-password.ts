'use client'

import { signIn } from 'next-auth/react'
import { useEffect, useRef, type FormEvent } from 'react'

import type { FormState } from '@/lib/forms'

// A new password ends every session of the account, this browser's too.
// After a successful save (the action returns the address), this signs in
// again with the password that was typed. Returns the form's onSubmit,
// which remembers the password before the form is reset.
export function useSignInWithNewPassword(
  state: FormState,
  onSignedIn?: () => void,
) {
  const password = useRef('')
  const handled = useRef<FormState | null>(null)

  useEffect(() => {
    if (
      handled.current === state ||
      state.status !== 'success' ||
      !state.values.email
    ) {
      return
    }
    handled.current = state

    void signIn('credentials', {
      email: state.values.email,
      password: password.current,
      redirect: false,
    }).then(() => onSignedIn?.())
  }, [state, onSignedIn])

  return (event: FormEvent<HTMLFormElement>) => {
    password.current = String(
      new FormData(event.currentTarget).get('password') ?? '',
    )
  }
}
