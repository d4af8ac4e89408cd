import 'server-only'

import { Resend } from 'resend'

const DEFAULT_FROM = 'Praktijkbeoordelen <noreply@praktijkbeoordelen.nl>'

export type OutgoingMail = {
  to: string
  subject: string
  html: string
  text: string
  idempotencyKey: string
}

// Hands one mail to a provider and returns the provider's id; throws when
// the provider did not accept it.
export type MailTransport = (mail: OutgoingMail) => Promise<{ id: string }>

// The real transport. Resend remembers an idempotency key for a day, so a
// retry after a crash between sending and marking the row sends nothing new.
export const sendWithResend: MailTransport = async ({
  to,
  subject,
  html,
  text,
  idempotencyKey,
}) => {
  const resend = new Resend(process.env.RESEND_API_KEY)
  const { data, error } = await resend.emails.send(
    {
      from: process.env.MAIL_FROM || DEFAULT_FROM,
      to,
      subject,
      html,
      text,
    },
    { idempotencyKey },
  )

  if (error) {
    // The error name is a code such as `validation_error`; the message may
    // quote the mail, so it stays out of the logs.
    throw new Error(`Resend refused the mail: ${error.name}`)
  }

  return { id: data.id }
}
