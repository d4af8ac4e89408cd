import { ButtonForm } from '@/components/button-form'
import { listSchoolUsers } from '@/lib/accounts/school-users'
import { roleLabels } from '@/lib/auth/roles'
import { requireSectionActor } from '@/lib/auth/session'
import { formatSortName } from '@/lib/users/sort-names'

import { blockAction, resendAction } from './actions'
import { InviteForm } from './invite-form'

export const metadata = { title: 'Gebruikers' }

export default async function GebruikersPage() {
  const actor = await requireSectionActor('beheer', '/beheer/gebruikers')
  const { school, users } = await listSchoolUsers({ actorId: actor.id })

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Gebruikers</h1>
      <p className="mb-6 text-slate-700">
        Iedereen met een rol bij {school.naam}.
      </p>
      <section
        aria-labelledby="uitnodigen-kop"
        className="mb-10 rounded border border-slate-200 bg-white p-4"
      >
        <h2 id="uitnodigen-kop" className="mb-3 text-xl font-semibold">
          Medewerker uitnodigen
        </h2>
        <InviteForm />
      </section>
      <section aria-labelledby="lijst-kop">
        <h2 id="lijst-kop" className="mb-3 text-xl font-semibold">
          Alle gebruikers ({users.length})
        </h2>
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {users.map((user) => (
            <li key={user.id} className="p-3">
              <p className="font-semibold">
                {formatSortName(user)}
                {user.isBlocked ? (
                  <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-sm text-red-900">
                    Geblokkeerd
                  </span>
                ) : null}
              </p>
              <p className="text-sm break-all">
                {user.email} ·{' '}
                {user.roles.map((role) => roleLabels[role]).join(', ')}
                {user.heeftWachtwoord ? '' : ' · uitnodiging nog niet gebruikt'}
              </p>
              {user.id === actor.id ? null : (
                <div className="mt-2 flex flex-wrap gap-4">
                  <ButtonForm
                    action={blockAction}
                    hidden={{ userId: user.id }}
                    buttons={[
                      user.isBlocked
                        ? {
                            label: 'Blokkade opheffen',
                            name: 'besluit',
                            value: 'deblokkeren',
                          }
                        : {
                            label: 'Blokkeren',
                            name: 'besluit',
                            value: 'blokkeren',
                          },
                    ]}
                  />
                  {user.heeftWachtwoord || user.isBlocked ? null : (
                    <ButtonForm
                      action={resendAction}
                      hidden={{ userId: user.id }}
                      buttons={[{ label: 'Uitnodiging opnieuw sturen' }]}
                    />
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
