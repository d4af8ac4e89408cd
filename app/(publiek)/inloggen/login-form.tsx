'use client'

import { signIn } from 'next-auth/react'
import { useState, type FormEvent } from 'react'

import { primaryButton } from '@/components/buttons'
import { loginErrorMessage } from '@/lib/auth/login-errors'

const inputClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2'

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const [error, setError] = useState('')
  const [isPending, setIsPending] = useState(false)

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    setIsPending(true)
    setError('')

    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    })

    if (!result || result.error) {
      setIsPending(false)
      setError(loginErrorMessage(result?.error))

      return
    }

    // A full navigation, so the new session cookie is sent with it.
    window.location.assign(callbackPath)
  }

  return (
    <form
      // POST, so a submit before the script has loaded never puts the
      // password in a URL.
      method="post"
      onSubmit={handleSubmit}
      className="space-y-4 rounded border border-slate-200 bg-white p-6"
      aria-describedby="login-fout"
    >
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Inloggegevens</legend>
        <div>
          <label htmlFor="email" className="font-medium">
            E-mailadres
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="password" className="font-medium">
            Wachtwoord
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className={inputClass}
          />
        </div>
        <div id="login-fout" role="alert" aria-live="assertive">
          {error ? (
            <p className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
              {error}
            </p>
          ) : null}
        </div>
        <button type="submit" className={`${primaryButton} w-full`}>
          {isPending ? 'Bezig met inloggen…' : 'Inloggen'}
        </button>
      </fieldset>
    </form>
  )
}
