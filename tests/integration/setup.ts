import { afterAll, inject } from 'vitest'

import { getDb } from '@/lib/db'

process.env.DATABASE_URL = inject('databaseUrl')
process.env.DATABASE_POOL_MAX = inject('isEmbedded') ? '1' : '10'

afterAll(async () => {
  await getDb().destroy()
  delete (globalThis as { praktijkDb?: unknown }).praktijkDb
})
