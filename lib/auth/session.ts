import 'server-only'

import { getServerSession } from 'next-auth'
import { redirect } from 'next/navigation'
import { cache } from 'react'

import type { Role } from '@/db/types'
import { getDb } from '@/lib/db'

import { authOptions } from './options'
import { canUseSection, type Section } from './roles'

export type Actor = {
  id: string
  email: string
  name: string
  roles: Role[]
  schoolIds: string[]
}

// The signed-in user as the database knows them now: a blocked user or a
// token from before a password change counts as signed out.
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions)

  if (!session?.userId) {
    return null
  }

  const user = await getDb()
    .selectFrom('users')
    .select([
      'id',
      'email',
      'voornaam',
      'tussenvoegsel',
      'achternaam',
      'session_version',
      'is_blocked',
    ])
    .where('id', '=', session.userId)
    .executeTakeFirst()

  if (
    !user ||
    user.is_blocked ||
    user.session_version !== session.sessionVersion
  ) {
    return null
  }

  const roles = await getDb()
    .selectFrom('user_roles')
    .select(['role', 'school_id'])
    .where('user_id', '=', user.id)
    .execute()

  return {
    id: user.id,
    email: user.email,
    name: [user.voornaam, user.tussenvoegsel, user.achternaam]
      .filter(Boolean)
      .join(' '),
    roles: [...new Set(roles.map((row) => row.role))],
    schoolIds: [
      ...new Set(
        roles.flatMap((row) => (row.school_id ? [row.school_id] : [])),
      ),
    ],
  }
})

// For pages: a signed-out visitor goes to the login page and comes back.
export async function requireSectionActor(section: Section, returnTo: string) {
  const actor = await getActor()

  if (!actor) {
    redirect(`/inloggen?callbackUrl=${encodeURIComponent(returnTo)}`)
  }
  if (!canUseSection(actor.roles, section)) {
    redirect('/')
  }

  return actor
}
