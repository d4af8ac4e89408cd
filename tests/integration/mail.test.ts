import { randomUUID } from 'node:crypto'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { listOutbox } from '@/lib/mail/list-outbox'
import { sendMail, type MailMessage } from '@/lib/mail/send-mail'
import type { OutgoingMail } from '@/lib/mail/send-with-resend'

// Every test uses its own address and keys, so rows of other tests in the
// shared database never match.
function resetMail({ to }: { to: string }) {
  const token = randomUUID()

  return {
    template: 'wachtwoord-herstel',
    to,
    // Keyed by the request's id, never by the secret token in the link.
    idempotencyKey: `wachtwoord-herstel:${randomUUID()}`,
    data: {
      naam: 'Eva Mulder',
      link: `http://localhost:3000/wachtwoord-herstellen/${token}`,
      geldigTot: new Date('2026-12-18T13:05:00Z'),
    },
  } satisfies MailMessage
}

async function findOutboxRows(idempotencyKeys: string[]) {
  return getDb()
    .selectFrom('mail_outbox')
    .selectAll()
    .where('idempotency_key', 'in', idempotencyKeys)
    .execute()
}

// Stands in for Resend: records what would have gone out.
function createFakeTransport() {
  const sent: OutgoingMail[] = []

  async function send(mail: OutgoingMail) {
    sent.push(mail)

    return { id: `fake-${sent.length}` }
  }

  return { sent, send }
}

let to: string

beforeEach(() => {
  to = `${randomUUID()}@test.nl`
})

describe('sendMail', () => {
  it('queues the rendered mail in the outbox', async () => {
    const message = resetMail({ to })
    await sendMail(getDb(), message)

    const [row] = await findOutboxRows([message.idempotencyKey])
    expect(row.recipient).toBe(to)
    expect(row.subject).toBe('Nieuw wachtwoord kiezen voor Praktijkbeoordelen')
    expect(row.text).toContain(message.data.link)
    expect(row.html).toContain(`href="${message.data.link}"`)
    expect(row.sent_at).toBeNull()
  })

  it('queues one mail however often an action retries', async () => {
    const message = resetMail({ to })
    await sendMail(getDb(), message)
    await sendMail(getDb(), message)
    await Promise.all([sendMail(getDb(), message), sendMail(getDb(), message)])

    expect(await findOutboxRows([message.idempotencyKey])).toHaveLength(1)
  })

  it('stores the address the way accounts store it', async () => {
    const message = resetMail({ to: `  ${to.toUpperCase()} ` })
    await sendMail(getDb(), message)

    const mails = await listOutbox({ recipient: to })
    expect(mails.map((mail) => mail.subject)).toEqual([
      'Nieuw wachtwoord kiezen voor Praktijkbeoordelen',
    ])
  })

  it('queues nothing when the transaction rolls back', async () => {
    const message = resetMail({ to })
    const failure = new Error('the action failed after queueing')

    await expect(
      getDb()
        .transaction()
        .execute(async (trx) => {
          await sendMail(trx, message)
          throw failure
        }),
    ).rejects.toBe(failure)

    expect(await findOutboxRows([message.idempotencyKey])).toHaveLength(0)
    expect(await listOutbox({ recipient: to })).toHaveLength(0)
  })

  it('keeps a mail queued in a committed transaction', async () => {
    const message = resetMail({ to })

    await getDb()
      .transaction()
      .execute((trx) => sendMail(trx, message))

    expect(await findOutboxRows([message.idempotencyKey])).toHaveLength(1)
  })
})

describe('listOutbox', () => {
  it('lists the mail to one address, newest first', async () => {
    const first = resetMail({ to })
    const second = resetMail({ to })
    await sendMail(getDb(), first)
    await sendMail(getDb(), second)
    await sendMail(getDb(), resetMail({ to: `${randomUUID()}@test.nl` }))

    const mails = await listOutbox({ recipient: to })
    expect(mails).toHaveLength(2)
    expect(mails[0].text).toContain(second.data.link)
    expect(mails[1].text).toContain(first.data.link)
  })
})

describe('deliverPendingMail', () => {
  const originalKey = process.env.RESEND_API_KEY

  afterEach(() => {
    if (originalKey === undefined) {
      delete process.env.RESEND_API_KEY
    } else {
      process.env.RESEND_API_KEY = originalKey
    }
  })

  it('sends nothing without RESEND_API_KEY: the outbox is the delivery', async () => {
    delete process.env.RESEND_API_KEY
    const message = resetMail({ to })
    await sendMail(getDb(), message)
    const transport = createFakeTransport()

    const report = await deliverPendingMail({ send: transport.send })

    expect(report).toEqual({ sent: 0, failed: 0 })
    expect(transport.sent).toHaveLength(0)
    const [row] = await findOutboxRows([message.idempotencyKey])
    expect(row.sent_at).toBeNull()
  })

  it('sends each queued mail once with its idempotency key', async () => {
    process.env.RESEND_API_KEY = 're_test_not_a_real_key'
    const messages = [resetMail({ to }), resetMail({ to })]
    for (const message of messages) {
      await sendMail(getDb(), message)
    }
    const keys = messages.map((message) => message.idempotencyKey)
    const transport = createFakeTransport()

    await deliverPendingMail({ send: transport.send })

    const ours = transport.sent.filter((mail) =>
      keys.includes(mail.idempotencyKey),
    )
    expect(ours.map((mail) => mail.idempotencyKey).sort()).toEqual(
      [...keys].sort(),
    )
    for (const mail of ours) {
      const message = messages.find(
        (candidate) => candidate.idempotencyKey === mail.idempotencyKey,
      )
      expect(mail.to).toBe(to)
      expect(mail.subject).toBe(
        'Nieuw wachtwoord kiezen voor Praktijkbeoordelen',
      )
      expect(mail.text).toContain(message?.data.link)
    }
    const rows = await findOutboxRows(keys)
    expect(rows.every((row) => row.sent_at instanceof Date)).toBe(true)

    const second = createFakeTransport()
    const report = await deliverPendingMail({ send: second.send })

    expect(report).toEqual({ sent: 0, failed: 0 })
    expect(second.sent).toHaveLength(0)
  })

  it('never sends a mail twice when two runs overlap', async () => {
    process.env.RESEND_API_KEY = 're_test_not_a_real_key'
    const messages = [resetMail({ to }), resetMail({ to }), resetMail({ to })]
    for (const message of messages) {
      await sendMail(getDb(), message)
    }
    const keys = messages.map((message) => message.idempotencyKey)
    const sentKeys: string[] = []

    // A slow provider keeps each run inside its claim for a while.
    async function slowSend(mail: OutgoingMail) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      sentKeys.push(mail.idempotencyKey)

      return { id: randomUUID() }
    }

    await Promise.all([
      deliverPendingMail({ send: slowSend }),
      deliverPendingMail({ send: slowSend }),
    ])

    const ours = sentKeys.filter((key) => keys.includes(key))
    expect(ours.sort()).toEqual([...keys].sort())
  })

  it('keeps a refused mail queued and sends it on the next run', async () => {
    process.env.RESEND_API_KEY = 're_test_not_a_real_key'
    const message = resetMail({ to })
    await sendMail(getDb(), message)

    async function refuse(mail: OutgoingMail): Promise<{ id: string }> {
      throw new Error(`provider refused ${mail.idempotencyKey}`)
    }

    const failed = await deliverPendingMail({ send: refuse })

    expect(failed.failed).toBeGreaterThanOrEqual(1)
    const [queued] = await findOutboxRows([message.idempotencyKey])
    expect(queued.sent_at).toBeNull()

    const transport = createFakeTransport()
    await deliverPendingMail({ send: transport.send })

    expect(
      transport.sent.filter(
        (mail) => mail.idempotencyKey === message.idempotencyKey,
      ),
    ).toHaveLength(1)
    const [delivered] = await findOutboxRows([message.idempotencyKey])
    expect(delivered.sent_at).toBeInstanceOf(Date)
  })
})
