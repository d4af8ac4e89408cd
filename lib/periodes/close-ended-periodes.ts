import 'server-only'

import { withAudit } from '@/lib/db'
import { createLogger } from '@/lib/logger'

import { todayInAmsterdam } from './closing'

const log = createLogger('periodes')

// Records the closing of every periode whose einddatum has come. The rule
// itself (closing.ts) is applied on every read and write, so a late or
// missed run never leaves a periode open; this run only writes down when
// it closed, for the audit log and for reports.
export async function closeEndedPeriodes(now: Date = new Date()) {
  const today = todayInAmsterdam(now)

  const closed = await withAudit(
    { actorId: null, action: 'periode.close' },
    (trx) =>
      trx
        .updateTable('praktijkperiodes')
        .set({ afgesloten_op: now, updated_at: now })
        .where('einddatum', '<=', today)
        .where('afgesloten_op', 'is', null)
        .returning('id')
        .execute(),
  )
  log.info('periodes closed', { count: closed.length })

  return closed.map((row) => row.id)
}
