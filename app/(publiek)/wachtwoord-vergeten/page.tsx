import Link from 'next/link'

import { RequestResetForm } from './request-reset-form'

export const metadata = { title: 'Wachtwoord vergeten' }

export default function WachtwoordVergetenPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Wachtwoord vergeten</h1>
      <p className="mb-6 text-slate-700">
        Vul het e-mailadres van je account in. We sturen je een link waarmee je
        een nieuw wachtwoord kiest.
      </p>
      <RequestResetForm />
      <p className="mt-6">
        <Link href="/inloggen">Terug naar inloggen</Link>
      </p>
    </div>
  )
}
