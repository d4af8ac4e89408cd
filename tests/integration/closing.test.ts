import { beforeEach, describe, expect, it } from 'vitest'

import { getDb } from '@/lib/db'
import { closeEndedPeriodes } from '@/lib/periodes/close-ended-periodes'

import { createScenario, type Scenario } from './scenario'

let s: Scenario

beforeEach(async () => {
  s = await createScenario()
})

describe('closing run', () => {
  it('records the closing of ended periodes once, in the audit log', async () => {
    const closed = await closeEndedPeriodes()
    const again = await closeEndedPeriodes()

    expect(closed).toContain(s.closedPeriodeId)
    expect(closed).not.toContain(s.periodeId)
    expect(again).not.toContain(s.closedPeriodeId)

    const row = await getDb()
      .selectFrom('praktijkperiodes')
      .select('afgesloten_op')
      .where('id', '=', s.closedPeriodeId)
      .executeTakeFirstOrThrow()
    expect(row.afgesloten_op).not.toBeNull()
    const events = await getDb()
      .selectFrom('audit_log')
      .select(['action', 'actor_id'])
      .where('table_name', '=', 'praktijkperiodes')
      .where('record_id', '=', s.closedPeriodeId)
      .where('action', '=', 'periode.close')
      .execute()
    expect(events).toEqual([{ action: 'periode.close', actor_id: null }])
  })
})
