import { redirect } from 'next/navigation'

import { startPathForRoles } from '@/lib/auth/roles'
import { getActor } from '@/lib/auth/session'

export default async function HomePage() {
  const actor = await getActor()

  redirect(actor ? startPathForRoles(actor.roles) : '/inloggen')
}
