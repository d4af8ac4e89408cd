import { describe, expect, it } from 'vitest'

import { getDb, withAudit } from '@/lib/db'

describe('withAudit', () => {
  it('refuses a second connection inside a transaction', async () => {
    await expect(
      withAudit({ actorId: null, action: 'test.guard' }, async () => {
        getDb()
      }),
    ).rejects.toThrow('inside a transaction')

    expect(getDb()).toBeDefined()
  })
})
