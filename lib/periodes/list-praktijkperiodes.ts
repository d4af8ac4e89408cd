import 'server-only'

import type { Section } from '@/lib/auth/roles'

import { getPeriodeStatus, sortPeriodes } from './closing'
import { selectPeriodes } from './select-periodes'
import { isPeriodeReady } from './setup-rules'

export type PeriodeListItem = Awaited<
  ReturnType<typeof listPraktijkperiodes>
>[number]

export async function listPraktijkperiodes({
  actorId,
  section,
}: {
  actorId: string
  section: Section
}) {
  const rows = await selectPeriodes({ actorId, section }).execute()

  const now = new Date()

  return sortPeriodes(rows, now).map((row) => ({
    ...row,
    praktijkopleiderNaam: row.praktijkopleiderNaam || null,
    beoordelaarNaam: row.beoordelaarNaam || null,
    status: getPeriodeStatus(row, now),
    isReady: isPeriodeReady(row),
  }))
}
