import { Migrator, type Kysely, type Migration } from 'kysely'

import * as initialSchema from './migrations/2026-12-04-initial-schema'
import * as leerbedrijfSearch from './migrations/2026-12-04-leerbedrijf-search'
import * as periodeSetupLock from './migrations/2026-12-04-periode-setup-lock'
import * as registrationConfirmation from './migrations/2026-12-04-registration-confirmation'
import * as versionedActiviteiten from './migrations/2026-12-04-versioned-activiteiten'

// Listed by hand so the bundler and tsx see the same set. Kysely runs them
// in name order: date first, then purpose. Migrations of one day are
// independent, so a database that already ran a later-named one still takes
// a new one that sorts before it.
const migrations: Record<string, Migration> = {
  '2026-12-04-initial-schema': initialSchema,
  '2026-12-04-leerbedrijf-search': leerbedrijfSearch,
  '2026-12-04-periode-setup-lock': periodeSetupLock,
  '2026-12-04-registration-confirmation': registrationConfirmation,
  '2026-12-04-versioned-activiteiten': versionedActiviteiten,
}

export async function migrateToLatest<T>(db: Kysely<T>) {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  })
  const { error, results } = await migrator.migrateToLatest()

  if (error) {
    throw error
  }

  return (results ?? [])
    .filter((result) => result.status === 'Success')
    .map((result) => result.migrationName)
}
