import { SetPasswordForm } from '@/components/set-password-form'
import { TokenProblem } from '@/components/token-problem'
import { inspectToken } from '@/lib/auth/tokens'
import { getDb } from '@/lib/db'

import { resetPasswordAction } from './actions'

export const metadata = {
  title: 'Nieuw wachtwoord',
  referrer: 'no-referrer',
}

export default async function NieuwWachtwoordPage({
  params,
}: {
  params: Promise<{ token: string }>
}) {
  const { token } = await params
  const state = await inspectToken(getDb(), { token, purpose: 'wachtwoord' })

  if (state.status !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <TokenProblem state={state.status} purpose="wachtwoord" />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Nieuw wachtwoord</h1>
      <p className="mb-6 text-slate-700">
        Kies een nieuw wachtwoord voor {state.email}. Je andere sessies worden
        daarna uitgelogd.
      </p>
      <SetPasswordForm action={resetPasswordAction} token={token} />
    </div>
  )
}
