import 'server-only'

import { hasAnyRole } from '@/lib/users/has-role'

import { getDb } from '@/lib/db'
import { createLogger } from '@/lib/logger'
import { hitRateLimit, isRateLimited, RATE_LIMITS } from '@/lib/rate-limit'

import { normalizeEmail } from './normalize-email'
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password'

const log = createLogger('auth')

export type VerifiedUser = {
  id: string
  email: string
  name: string
  sessionVersion: number
}

export type LoginResult =
  | { status: 'ok'; user: VerifiedUser }
  | { status: 'refused' | 'pending' | 'unconfirmed' | 'rate_limited' }

export async function verifyCredentials({
  email,
  password,
  clientAddress,
}: {
  email: string
  password: string
  clientAddress: string | null
}): Promise<LoginResult> {
  const address = normalizeEmail(email)
  // Failed attempts count, per address and per client address.
  const buckets = [
    { bucket: `login:email:${address}`, rule: RATE_LIMITS.loginPerEmail },
    ...(clientAddress
      ? [
          {
            bucket: `login:client:${clientAddress}`,
            rule: RATE_LIMITS.loginPerClient,
          },
        ]
      : []),
  ]
  const limited = await Promise.all(
    buckets.map(({ bucket, rule }) => isRateLimited(bucket, rule)),
  )

  if (limited.some(Boolean)) {
    log.warn('login rate limited')

    return { status: 'rate_limited' }
  }

  const db = getDb()
  const user = await db
    .selectFrom('users')
    .select((eb) => [
      'id',
      'email',
      'voornaam',
      'tussenvoegsel',
      'achternaam',
      'password_hash',
      'session_version',
      'is_blocked',
      hasAnyRole(eb).as('hasRole'),
      eb
        .exists(
          eb
            .selectFrom('groep_studenten')
            .select('groep_studenten.user_id')
            .whereRef('groep_studenten.user_id', '=', 'users.id')
            .where('groep_studenten.status', '=', 'aangevraagd'),
        )
        .as('hasRequest'),
      'email_confirmed_at',
    ])
    .where('email', '=', address)
    .executeTakeFirst()

  // Spend the same time on unknown addresses, so timing reveals nothing.
  const isValid = await verifyPassword(
    password,
    user?.password_hash ?? DUMMY_PASSWORD_HASH,
  )

  if (!user || !user.password_hash || !isValid || user.is_blocked) {
    log.info('login refused', { userId: user?.id ?? null })
    for (const { bucket, rule } of buckets) {
      await hitRateLimit(bucket, rule)
    }

    return { status: 'refused' }
  }
  if (!user.hasRole) {
    // Only someone who knows the password learns how the request stands.
    log.info('login before approval', { userId: user.id })

    if (!user.hasRequest) {
      return { status: 'refused' }
    }

    return { status: user.email_confirmed_at ? 'pending' : 'unconfirmed' }
  }

  log.info('login', { userId: user.id })

  return {
    status: 'ok',
    user: {
      id: user.id,
      email: user.email,
      name: [user.voornaam, user.tussenvoegsel, user.achternaam]
        .filter(Boolean)
        .join(' '),
      sessionVersion: user.session_version,
    },
  }
}
