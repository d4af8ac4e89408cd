import { randomUUID } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { renderMail } from '@/lib/mail/render-mail'
import { sendMailBatch } from '@/lib/mail/send-mail'

describe('sendMailBatch', () => {
  it('queues exactly what rendering each mail on its own would', async () => {
    const geldigTot = new Date('2026-12-18T10:00:00Z')
    const messages = ['Zoë', "Sean O'Brien & <Co>", 'Ångström "Jr"'].map(
      (naam) => ({
        to: `${randomUUID()}@batch.nl`,
        idempotencyKey: `batch:${randomUUID()}`,
        data: {
          naam,
          uitgenodigdDoor: 'Fatima el Amrani',
          schoolNaam: 'Demo College',
          rolOmschrijving: 'student in groep SD4A',
          link: `http://localhost:3000/uitnodiging/${randomUUID()}`,
          geldigTot,
        },
      }),
    )

    await sendMailBatch(getDb(), { template: 'uitnodiging', messages })

    for (const message of messages) {
      const queued = await getDb()
        .selectFrom('mail_outbox')
        .select(['subject', 'html', 'text'])
        .where('idempotency_key', '=', message.idempotencyKey)
        .executeTakeFirstOrThrow()
      const alone = await renderMail({
        template: 'uitnodiging',
        data: message.data,
      })

      expect(queued).toEqual(alone)
      expect(queued.text).toContain(message.data.link)
      expect(queued.text).toContain(message.data.naam)
    }
  })
})
