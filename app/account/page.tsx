import { redirect } from 'next/navigation'

import { findAccount } from '@/lib/accounts/update-account'
import { roleLabels } from '@/lib/auth/roles'
import { getActor } from '@/lib/auth/session'

import { changePasswordAction, updateContactAction } from './actions'
import { ContactForm } from './contact-form'
import { PasswordForm } from './password-form'

export const metadata = { title: 'Mijn account' }

export default async function AccountPage() {
  const actor = await getActor()

  if (!actor) {
    redirect('/inloggen?callbackUrl=%2Faccount')
  }

  const account = await findAccount({ actorId: actor.id })

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Mijn account</h1>
      <p className="mb-6 text-slate-700">
        {account.email} ·{' '}
        {actor.roles.map((role) => roleLabels[role]).join(', ')}
      </p>
      <div className="grid gap-8 md:grid-cols-2">
        <section
          aria-labelledby="gegevens-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="gegevens-kop" className="mb-3 text-xl font-semibold">
            Contactgegevens en school
          </h2>
          <ContactForm action={updateContactAction} account={account} />
        </section>
        <section
          aria-labelledby="wachtwoord-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="wachtwoord-kop" className="mb-3 text-xl font-semibold">
            Wachtwoord
          </h2>
          <PasswordForm action={changePasswordAction} />
        </section>
      </div>
    </>
  )
}
