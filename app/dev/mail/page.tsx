import Link from 'next/link'
import { notFound } from 'next/navigation'

import { primaryButton } from '@/components/buttons'
import { isDevToolsEnabled, isResendConfigured } from '@/lib/config'
import { formatTijdstip } from '@/lib/dates'
import { listOutbox } from '@/lib/mail/list-outbox'

import { LinkedText } from './linked-text'

export const metadata = { title: 'Verzonden mail (ontwikkelomgeving)' }

// The embedded mail backend: without Resend every mail lands in the outbox
// and is read here. Never in production, and not when real mail goes out.
export default async function DevMailPage({
  searchParams,
}: {
  searchParams: Promise<{ aan?: string | string[] }>
}) {
  if (!isDevToolsEnabled() || isResendConfigured()) {
    notFound()
  }

  const { aan } = await searchParams
  const recipient = typeof aan === 'string' ? aan.trim() : ''
  const mails = await listOutbox({ recipient })

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">
        Verzonden mail (ontwikkelomgeving)
      </h1>
      <p className="mb-6 text-slate-700">
        Zonder Resend gaat er geen echte mail de deur uit. Alles wat de
        applicatie verstuurt, staat hier, nieuwste bovenaan. De links in de
        mails werken gewoon.
      </p>

      <form
        method="get"
        action="/dev/mail"
        className="mb-6 flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
      >
        <div className="min-w-0 flex-1 basis-60">
          <label htmlFor="aan" className="font-medium">
            Alleen mail aan
          </label>
          <input
            id="aan"
            name="aan"
            type="email"
            defaultValue={recipient}
            autoComplete="off"
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className={primaryButton}>
          Filteren
        </button>
        {recipient ? <Link href="/dev/mail">Alle mail tonen</Link> : null}
      </form>

      {mails.length === 0 ? (
        <p>
          {recipient
            ? `Er is nog geen mail aan ${recipient}.`
            : 'Er is nog geen mail verstuurd.'}
        </p>
      ) : (
        <ol className="space-y-4" aria-label="Mails">
          {mails.map((mail) => (
            <li key={mail.id}>
              <article
                aria-labelledby={`mail-${mail.id}`}
                className="rounded border border-slate-200 bg-white p-4"
              >
                <h2
                  id={`mail-${mail.id}`}
                  className="text-lg font-semibold break-words"
                >
                  {mail.subject}
                </h2>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="font-medium text-slate-700">Aan</dt>
                  <dd className="break-all">{mail.recipient}</dd>
                  <dt className="font-medium text-slate-700">Tijd</dt>
                  <dd>
                    <time dateTime={mail.createdAt.toISOString()}>
                      {formatTijdstip(mail.createdAt)}
                    </time>
                  </dd>
                </dl>
                <div className="mt-3 border-t border-slate-200 pt-3 break-words whitespace-pre-wrap">
                  <LinkedText text={mail.text} />
                </div>
              </article>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
