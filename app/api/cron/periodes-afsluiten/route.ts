import { timingSafeEqual } from 'node:crypto'

import { closeEndedPeriodes } from '@/lib/periodes/close-ended-periodes'

// Called by the scheduler (Vercel Cron sends `Authorization: Bearer
// $CRON_SECRET`). Without a configured secret the route does not exist.
function isAuthorized(request: Request) {
  const secret = process.env.CRON_SECRET
  const given = request.headers.get('authorization') ?? ''
  const expected = `Bearer ${secret}`

  return (
    Boolean(secret) &&
    given.length === expected.length &&
    timingSafeEqual(Buffer.from(given), Buffer.from(expected))
  )
}

export async function GET(request: Request) {
  if (!isAuthorized(request)) {
    return new Response('Niet gevonden', { status: 404 })
  }

  const closed = await closeEndedPeriodes()

  return Response.json({ closed: closed.length })
}
