import 'server-only'

import { withAudit } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { isUuid } from '@/lib/periodes/access'

import { groepAccess } from './access'
import { generateGroepscode } from './groepscode'

// A new code; the old one stops working at once.
export async function renewGroepscode({
  actorId,
  groepId,
}: {
  actorId: string
  groepId: string
}) {
  if (!isUuid(groepId)) {
    throw notFoundError()
  }

  return withAudit({ actorId, action: 'groep.renew-code' }, async (trx) => {
    const row = await trx
      .updateTable('groepen')
      .set({ groepscode: generateGroepscode() })
      .where('id', '=', groepId)
      .where((eb) => groepAccess(eb, actorId))
      .returning('groepscode')
      .executeTakeFirst()

    if (!row) {
      throw notFoundError()
    }

    return row.groepscode
  })
}
