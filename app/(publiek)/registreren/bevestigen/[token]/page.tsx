import { ButtonForm } from '@/components/button-form'
import { TokenProblem } from '@/components/token-problem'
import { inspectToken } from '@/lib/auth/tokens'
import { getDb } from '@/lib/db'

import { confirmRegistrationAction } from './actions'

export const metadata = {
  title: 'E-mailadres bevestigen',
  referrer: 'no-referrer',
}

// Opening the link changes nothing (mail scanners open links too); the
// button does.
export default async function BevestigenPage({
  params,
}: {
  params: Promise<{ token: string }>
}) {
  const { token } = await params
  const state = await inspectToken(getDb(), { token, purpose: 'bevestiging' })

  if (state.status !== 'valid') {
    return (
      <div className="mx-auto max-w-md">
        <TokenProblem state={state.status} purpose="bevestiging" />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">E-mailadres bevestigen</h1>
      <p className="mb-6 text-slate-700">
        Bevestig dat {state.email} jouw e-mailadres is. Daarna gaat je
        aanmelding naar je BPV-begeleider.
      </p>
      <ButtonForm
        action={confirmRegistrationAction}
        hidden={{ token }}
        buttons={[{ label: 'Bevestigen', isPrimary: true }]}
      />
    </div>
  )
}
