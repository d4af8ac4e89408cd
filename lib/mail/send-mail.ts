import 'server-only'

import { normalizeEmail } from '@/lib/auth/normalize-email'
import type { Db, Trx } from '@/lib/db'
import { createLogger } from '@/lib/logger'

import { randomBytes } from 'node:crypto'

import { renderMail, type MailContent, type RenderedMail } from './render-mail'
import type { MailTemplateData, MailTemplateName } from './templates'

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
function checkedRecipient({
  to,
  idempotencyKey,
}: {
  to: string
  idempotencyKey: string
}) {
  const recipient = normalizeEmail(to)

  if (!idempotencyKey || idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new Error(
      `Mail idempotency key must have 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`,
    )
  }

  if (!recipient.includes('@')) {
    throw new Error('Mail needs a recipient address')
  }

  return recipient
}

export async function sendMail(
  db: Db | Trx,
  message: MailMessage,
): Promise<void> {
  const { idempotencyKey, template } = message
  const recipient = checkedRecipient(message)
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

function escapeHtml(value: string) {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#x27;')
}

function fillIn(
  rendered: RenderedMail,
  markers: Map<string, string>,
  data: Record<string, unknown>,
): RenderedMail {
  let { subject, html, text } = rendered

  for (const [field, marker] of markers) {
    const value = String(data[field])
    subject = subject.replaceAll(marker, value.replace(/\s+/g, ' ').trim())
    html = html.replaceAll(marker, escapeHtml(value))
    text = text.replaceAll(marker, value)
  }

  return { subject, html, text }
}

// Renders many mails of one template at once: the template is rendered a
// single time with a marker in every text field that differs per mail, and
// each mail is filled in from it (a mail merge). The first mail is also
// rendered the normal way; if the two differ, every mail is rendered on its
// own, so the shortcut can never change what a mail says.
async function renderMerged<Name extends MailTemplateName>(
  template: Name,
  dataList: MailTemplateData[Name][],
): Promise<RenderedMail[]> {
  const [first] = dataList
  const records = dataList as unknown as Record<string, unknown>[]
  const fields = Object.keys(first as object)
  const varying = fields.filter((field) =>
    records.some((data) => data[field] !== records[0][field]),
  )
  const canMerge = varying.every((field) =>
    records.every((data) => typeof data[field] === 'string'),
  )
  const renderEach = () =>
    Promise.all(dataList.map((data) => renderMail({ template, data })))

  if (dataList.length < 2 || !canMerge) {
    return renderEach()
  }

  const nonce = randomBytes(6).toString('hex')
  const markers = new Map(
    varying.map((field, index) => [field, `mrg${nonce}f${index}x`]),
  )
  const markedData = {
    ...(first as object),
    ...Object.fromEntries(
      [...markers].map(([field, marker]) => [field, marker]),
    ),
  } as MailTemplateData[Name]
  const skeleton = await renderMail({ template, data: markedData })
  const merged = records.map((data) => fillIn(skeleton, markers, data))
  const reference = await renderMail({ template, data: first })
  const isFaithful =
    reference.subject === merged[0].subject &&
    reference.html === merged[0].html &&
    reference.text === merged[0].text

  return isFaithful ? merged : renderEach()
}

// Queues many mails of one template in the caller's transaction, for bulk
// work such as importing a class.
export async function sendMailBatch<Name extends MailTemplateName>(
  db: Db | Trx,
  {
    template,
    messages,
  }: {
    template: Name
    messages: {
      to: string
      idempotencyKey: string
      data: MailTemplateData[Name]
    }[]
  },
): Promise<void> {
  if (messages.length === 0) {
    return
  }

  const recipients = messages.map(checkedRecipient)
  const rendered = await renderMerged(
    template,
    messages.map((message) => message.data),
  )
  const rows = messages.map((message, index) => ({
    recipient: recipients[index],
    ...rendered[index],
    idempotency_key: message.idempotencyKey,
  }))

  for (let start = 0; start < rows.length; start += 500) {
    await db
      .insertInto('mail_outbox')
      .values(rows.slice(start, start + 500))
      .onConflict((oc) => oc.column('idempotency_key').doNothing())
      .execute()
  }
  log.info('mail batch queued', { template, count: rows.length })
}
