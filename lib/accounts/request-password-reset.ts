import 'server-only'

import { normalizeEmail } from '@/lib/auth/normalize-email'
import { createToken } from '@/lib/auth/tokens'
import { publicBaseUrl } from '@/lib/config'
import { withAudit } from '@/lib/db'
import { createLogger } from '@/lib/logger'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { sendMail } from '@/lib/mail/send-mail'
import { enforceRateLimits, RATE_LIMITS } from '@/lib/rate-limit'

const log = createLogger('password-reset')

// Always the same outcome for the caller, whether the address exists or not.
export async function requestPasswordReset({
  email,
  clientAddress,
}: {
  email: string
  clientAddress: string | null
}) {
  const address = normalizeEmail(email)
  await enforceRateLimits([
    {
      bucket: clientAddress && `reset:client:${clientAddress}`,
      rule: RATE_LIMITS.resetPerClient,
    },
    { bucket: `reset:email:${address}`, rule: RATE_LIMITS.resetPerEmail },
  ])

  await withAudit(
    { actorId: null, action: 'wachtwoord.request' },
    async (trx) => {
      const user = await trx
        .selectFrom('users')
        .select(['id', 'voornaam', 'is_blocked'])
        .where('email', '=', address)
        .executeTakeFirst()

      if (!user || user.is_blocked) {
        return
      }

      const { token, expiresAt } = await createToken(trx, {
        userId: user.id,
        purpose: 'wachtwoord',
      })
      await sendMail(trx, {
        template: 'wachtwoord-herstel',
        to: address,
        idempotencyKey: `wachtwoord:${user.id}:${expiresAt.getTime()}`,
        data: {
          naam: user.voornaam,
          link: `${publicBaseUrl()}/wachtwoord-vergeten/${token}`,
          geldigTot: expiresAt,
        },
      })
      log.info('reset link sent', { userId: user.id })
    },
  )

  await deliverPendingMail()
}
