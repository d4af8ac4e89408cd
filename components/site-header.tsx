import Link from 'next/link'

import { sectionLabels, sectionsForRoles } from '@/lib/auth/roles'
import { getActor } from '@/lib/auth/session'

import { SignOutButton } from './sign-out-button'

export async function SiteHeader() {
  const actor = await getActor()
  const sections = actor ? sectionsForRoles(actor.roles) : []

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="text-lg font-semibold text-slate-900 no-underline"
        >
          Praktijkbeoordelen
        </Link>
        {actor ? (
          <>
            {sections.length > 1 ? (
              <nav aria-label="Onderdelen">
                <ul className="flex flex-wrap gap-4">
                  {sections.map((section) => (
                    <li key={section}>
                      <Link href={`/${section}`}>{sectionLabels[section]}</Link>
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
            <div className="ml-auto flex items-center gap-4">
              <Link
                href="/account"
                className="text-sm"
                aria-label={`Mijn account: ${actor.name}`}
              >
                {actor.name}
              </Link>
              <SignOutButton />
            </div>
          </>
        ) : null}
      </div>
    </header>
  )
}
