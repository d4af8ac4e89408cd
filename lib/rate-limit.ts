import 'server-only'

import { sql } from 'kysely'

import { getDb } from '@/lib/db'

import { AppError } from './errors'

export type RateLimitRule = { limit: number; windowSeconds: number }

export const RATE_LIMITS = {
  loginPerEmail: { limit: 10, windowSeconds: 15 * 60 },
  currentPasswordPerUser: { limit: 10, windowSeconds: 15 * 60 },
  loginPerClient: { limit: 50, windowSeconds: 15 * 60 },
  registerPerClient: { limit: 10, windowSeconds: 60 * 60 },
  registerPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  resetPerEmail: { limit: 3, windowSeconds: 60 * 60 },
  resetPerClient: { limit: 20, windowSeconds: 60 * 60 },
  invitationResend: { limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>

// A fixed window per bucket, counted in the database so every app instance
// shares it. Returns whether this attempt is still within the limit.
export async function hitRateLimit(
  bucket: string,
  { limit, windowSeconds }: RateLimitRule,
) {
  const { rows } = await sql<{ hits: number }>`
    insert into rate_limits (bucket, hits, window_start)
    values (${bucket}, 1, now())
    on conflict (bucket) do update set
      hits = case
        when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then 1 else rate_limits.hits + 1 end,
      window_start = case
        when rate_limits.window_start < now() - make_interval(secs => ${windowSeconds})
        then now() else rate_limits.window_start end
    returning hits
  `.execute(getDb())

  return rows[0].hits <= limit
}

// Read-only: whether a bucket has used up its window (for limits that count
// failures only, such as login attempts).
export async function isRateLimited(
  bucket: string,
  { limit, windowSeconds }: RateLimitRule,
) {
  const row = await getDb()
    .selectFrom('rate_limits')
    .select('hits')
    .where('bucket', '=', bucket)
    .where(
      'window_start',
      '>=',
      sql<Date>`now() - make_interval(secs => ${windowSeconds})`,
    )
    .executeTakeFirst()

  return (row?.hits ?? 0) >= limit
}

export const RATE_LIMITED_MESSAGE =
  'Te veel pogingen achter elkaar. Wacht even en probeer het later opnieuw.'

// Checks that have no bucket (no trusted client address) are skipped.
export async function enforceRateLimits(
  checks: { bucket: string | null; rule: RateLimitRule }[],
) {
  for (const { bucket, rule } of checks) {
    if (!bucket) {
      continue
    }
    if (!(await hitRateLimit(bucket, rule))) {
      throw new AppError('FORBIDDEN', RATE_LIMITED_MESSAGE)
    }
  }
}
