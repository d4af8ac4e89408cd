import Link from 'next/link'
import { redirect } from 'next/navigation'

import { safeCallbackPath, startPathForRoles } from '@/lib/auth/roles'
import { getActor } from '@/lib/auth/session'

import { LoginForm } from './login-form'

export const metadata = { title: 'Inloggen' }

export default async function InloggenPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>
}) {
  const { callbackUrl } = await searchParams
  const actor = await getActor()

  if (actor) {
    redirect(safeCallbackPath(callbackUrl) ?? startPathForRoles(actor.roles))
  }

  return (
    <div className="mx-auto max-w-md">
      <h1 className="mb-2 text-2xl font-bold">Inloggen</h1>
      <p className="mb-6 text-slate-700">
        Log in met je e-mailadres en wachtwoord.
      </p>
      <LoginForm callbackPath={safeCallbackPath(callbackUrl) ?? '/'} />
      <ul className="mt-6 space-y-2">
        <li>
          <Link href="/wachtwoord-vergeten">Wachtwoord vergeten?</Link>
        </li>
        <li>
          <Link href="/registreren">Registreren met een groepscode</Link>
        </li>
      </ul>
    </div>
  )
}
