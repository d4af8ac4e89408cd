import Link from 'next/link'

import { RegisterForm } from './register-form'

export const metadata = { title: 'Registreren' }

export default function RegistrerenPage() {
  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">
        Registreren met een groepscode
      </h1>
      <p className="mb-6 text-slate-700">
        Heb je van je BPV-begeleider een groepscode gekregen? Meld je hier aan.
        Je kunt inloggen zodra je begeleider je aanmelding heeft goedgekeurd.
      </p>
      <RegisterForm />
      <p className="mt-6">
        Heb je al een account? <Link href="/inloggen">Log in</Link>.
      </p>
    </div>
  )
}
