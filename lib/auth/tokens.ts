import 'server-only'

import { createHash, randomBytes } from 'node:crypto'

import type { Db, Trx } from '@/lib/db'

export type TokenPurpose = 'uitnodiging' | 'wachtwoord' | 'bevestiging'

export const TOKEN_LIFETIME_HOURS: Record<TokenPurpose, number> = {
  uitnodiging: 14 * 24,
  wachtwoord: 2,
  bevestiging: 3 * 24,
}

// Only the hash is stored, so a leaked database holds no usable links.
function hashToken(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

// One link per user, all with the same expiry (bulk invitations).
export async function createTokens(
  trx: Trx,
  { userIds, purpose }: { userIds: string[]; purpose: TokenPurpose },
) {
  const expiresAt = new Date(
    Date.now() + TOKEN_LIFETIME_HOURS[purpose] * 60 * 60 * 1000,
  )
  const tokens = new Map(
    userIds.map((userId) => [userId, randomBytes(32).toString('base64url')]),
  )

  if (tokens.size > 0) {
    await trx
      .insertInto('auth_tokens')
      .values(
        [...tokens].map(([userId, token]) => ({
          user_id: userId,
          purpose,
          token_hash: hashToken(token),
          expires_at: expiresAt,
        })),
      )
      .execute()
  }

  return { tokens, expiresAt }
}

export async function createToken(
  trx: Trx,
  { userId, purpose }: { userId: string; purpose: TokenPurpose },
) {
  const { tokens, expiresAt } = await createTokens(trx, {
    userIds: [userId],
    purpose,
  })

  return { token: tokens.get(userId)!, expiresAt }
}

export type TokenState =
  | { status: 'valid'; userId: string; email: string; voornaam: string }
  | { status: 'expired' | 'used' | 'unknown' }

// Reading a link never uses it up: mail scanners open links too.
export async function inspectToken(
  db: Db | Trx,
  { token, purpose }: { token: string; purpose: TokenPurpose },
): Promise<TokenState> {
  const row = await db
    .selectFrom('auth_tokens')
    .innerJoin('users', 'users.id', 'auth_tokens.user_id')
    .select([
      'auth_tokens.user_id as userId',
      'auth_tokens.expires_at as expiresAt',
      'auth_tokens.used_at as usedAt',
      'users.email',
      'users.voornaam',
      'users.is_blocked as isBlocked',
    ])
    .where('auth_tokens.token_hash', '=', hashToken(token))
    .where('auth_tokens.purpose', '=', purpose)
    .executeTakeFirst()

  if (!row || row.isBlocked) {
    return { status: 'unknown' }
  }
  if (row.usedAt) {
    return { status: 'used' }
  }
  if (new Date(row.expiresAt) <= new Date()) {
    return { status: 'expired' }
  }

  return {
    status: 'valid',
    userId: row.userId,
    email: row.email,
    voornaam: row.voornaam,
  }
}

// Uses the link up atomically: of two racing requests only one gets the id.
export async function consumeToken(
  trx: Trx,
  { token, purpose }: { token: string; purpose: TokenPurpose },
) {
  const row = await trx
    .updateTable('auth_tokens')
    .set({ used_at: new Date() })
    .where('token_hash', '=', hashToken(token))
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .where('expires_at', '>', new Date())
    .returning('user_id')
    .executeTakeFirst()

  return row?.user_id ?? null
}
