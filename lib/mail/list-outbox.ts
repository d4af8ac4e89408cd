import 'server-only'

import { normalizeEmail } from '@/lib/auth/normalize-email'
import { getDb } from '@/lib/db'

export type OutboxMail = Awaited<ReturnType<typeof listOutbox>>[number]

// Enough for a developer or a test to find a fresh mail; older ones are
// still in the table.
const MAX_MAILS = 200

// The outbox for /dev/mail, newest first, optionally for one address.
export async function listOutbox({ recipient }: { recipient?: string } = {}) {
  const address = recipient ? normalizeEmail(recipient) : ''

  return getDb()
    .selectFrom('mail_outbox')
    .select(['id', 'recipient', 'subject', 'text'])
    .select('created_at as createdAt')
    .$if(address !== '', (qb) => qb.where('recipient', '=', address))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(MAX_MAILS)
    .execute()
}
