import { SetPasswordForm } from '@/components/set-password-form'
import { TokenProblem } from '@/components/token-problem'
import { inspectToken } from '@/lib/auth/tokens'
import { getDb } from '@/lib/db'

import { acceptInvitationAction } from './actions'

export const metadata = { title: 'Uitnodiging', referrer: 'no-referrer' }

export default async function UitnodigingPage({
  params,
}: {
  params: Promise<{ token: string }>
}) {
  const { token } = await params
  const state = await inspectToken(getDb(), { token, purpose: 'uitnodiging' })

  if (state.status !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <TokenProblem state={state.status} purpose="uitnodiging" />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Welkom, {state.voornaam}</h1>
      <p className="mb-6 text-slate-700">
        Kies een wachtwoord voor je account {state.email}. Daarna log je hiermee
        in.
      </p>
      <SetPasswordForm action={acceptInvitationAction} token={token} />
    </div>
  )
}
