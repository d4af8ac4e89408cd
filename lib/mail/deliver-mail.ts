import 'server-only'

import { isResendConfigured } from '@/lib/config'
import { getDb } from '@/lib/db'
import { createLogger } from '@/lib/logger'

import { sendWithResend, type MailTransport } from './send-with-resend'

const log = createLogger('mail')

export type DeliveryReport = { sent: number; failed: number }

// Sends queued mail through Resend, oldest first. Each row is claimed in its
// own transaction with `for update skip locked`, so two runs at once never
// send the same row, and a sent row is marked before the next is taken.
// Run it after the transaction that queued the mail has committed: it needs
// a connection of its own. Without Resend the outbox is the delivery, so it
// does nothing.
export async function deliverPendingMail({
  send = sendWithResend,
  limit = 100,
}: { send?: MailTransport; limit?: number } = {}): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, failed: 0 }

  if (!isResendConfigured()) {
    return report
  }

  // A row that failed stays queued for the next run, not for this one.
  const failedIds: string[] = []

  while (report.sent + report.failed < limit) {
    const outcome = await getDb()
      .transaction()
      .execute(async (trx) => {
        const row = await trx
          .selectFrom('mail_outbox')
          .select(['id', 'recipient', 'subject', 'html', 'text'])
          .select('idempotency_key as idempotencyKey')
          .where('sent_at', 'is', null)
          .$if(failedIds.length > 0, (qb) =>
            qb.where('id', 'not in', failedIds),
          )
          .orderBy('created_at')
          .orderBy('id')
          .limit(1)
          .forUpdate()
          .skipLocked()
          .executeTakeFirst()

        if (!row) {
          return 'empty'
        }

        try {
          const { id: providerId } = await send({
            to: row.recipient,
            subject: row.subject,
            html: row.html,
            text: row.text,
            idempotencyKey: row.idempotencyKey,
          })
          log.info('mail delivered', { outboxId: row.id, providerId })
        } catch (error) {
          log.error('mail delivery failed', error, { outboxId: row.id })
          failedIds.push(row.id)

          return 'failed'
        }

        await trx
          .updateTable('mail_outbox')
          .set({ sent_at: new Date() })
          .where('id', '=', row.id)
          .execute()

        return 'sent'
      })

    if (outcome === 'empty') {
      break
    }
    report[outcome] += 1
  }

  return report
}
