import 'server-only'

import { normalizeEmail } from '@/lib/auth/normalize-email'
import type { Db, Trx } from '@/lib/db'
import { createLogger } from '@/lib/logger'

import { renderMail, type MailContent } from './render-mail'

const log = createLogger('mail')

// Resend refuses longer idempotency keys; failing here shows the bug at the
// caller instead of at delivery time.
const MAX_IDEMPOTENCY_KEY_LENGTH = 256

// One mail to send: a template with its data, the address, and a key that
// names the event (say `uitnodiging:<row id>`, never a secret token), so a
// retried action that queues the same mail again changes nothing.
export type MailMessage = MailContent & {
  to: string
  idempotencyKey: string
}

// Queues a mail in the outbox inside the caller's transaction: it exists
// only if the caller's change commits. Delivery happens afterwards (see
// deliver-mail.ts); without Resend the outbox itself is the delivery.
export async function sendMail(
  db: Db | Trx,
  message: MailMessage,
): Promise<void> {
  const { idempotencyKey, template } = message
  const recipient = normalizeEmail(message.to)

  if (!idempotencyKey || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new Error(
      `Mail idempotency key must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    )
  }

  if (!recipient.includes('@')) {
    throw new Error('Mail needs a recipient address')
  }

  const { subject, html, text } = await renderMail(message)
  const queued = await db
    .insertInto('mail_outbox')
    .values({
      recipient,
      subject,
      html,
      text,
      idempotency_key: idempotencyKey,
    })
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returning('id')
    .executeTakeFirst()

  if (queued) {
    log.info('mail queued', { template, outboxId: queued.id })
  } else {
    log.info('mail already queued', { template })
  }
}
