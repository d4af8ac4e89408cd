import 'server-only'

import { getDb } from '@/lib/db'
import { createLogger } from '@/lib/logger'

import { normalizeEmail } from './normalize-email'
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password'

const log = createLogger('auth')

export type VerifiedUser = {
  id: string
  email: string
  name: string
  sessionVersion: number
}

export async function verifyCredentials({
  email,
  password,
}: {
  email: string
  password: string
}): Promise<VerifiedUser | null> {
  const user = await getDb()
    .selectFrom('users')
    .select([
      'id',
      'email',
      'voornaam',
      'tussenvoegsel',
      'achternaam',
      'password_hash',
      'session_version',
      'is_blocked',
    ])
    .where('email', '=', normalizeEmail(email))
    .executeTakeFirst()

  const isValid = await verifyPassword(
    password,
    user?.password_hash ?? DUMMY_PASSWORD_HASH,
  )

  if (!user || !user.password_hash || !isValid || user.is_blocked) {
    log.info('login refused', { userId: user?.id ?? null })

    return null
  }

  log.info('login', { userId: user.id })

  return {
    id: user.id,
    email: user.email,
    name: [user.voornaam, user.tussenvoegsel, user.achternaam]
      .filter(Boolean)
      .join(' '),
    sessionVersion: user.session_version,
  }
}
