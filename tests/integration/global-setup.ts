import type { TestProject } from 'vitest/node'

import { createDb } from '../../db/connection'
import { startEmbeddedDatabase } from '../../db/embedded-server'
import { migrateToLatest } from '../../db/migrate'
import { resetLocalDatabase } from '../../db/reset'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
    isEmbedded: boolean
  }
}

// Real PostgreSQL when DATABASE_URL is set (reset first, local only),
// otherwise a fresh in-memory PGlite served on loopback.
export default async function setup(project: TestProject) {
  const realUrl = process.env.DATABASE_URL
  const embedded = realUrl ? null : await startEmbeddedDatabase({})
  const databaseUrl = realUrl ?? embedded!.url
  const db = createDb({
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: '1',
  })

  if (realUrl) {
    await resetLocalDatabase(db, realUrl)
  }
  await migrateToLatest(db)
  await db.destroy()

  project.provide('databaseUrl', databaseUrl)
  project.provide('isEmbedded', !realUrl)
  console.log(
    `Integration tests against ${realUrl ? 'PostgreSQL' : 'embedded PGlite'}`,
  )

  return async () => {
    await embedded?.stop()
  }
}
