import { sql, type Kysely } from 'kysely'

// Two beheerders editing one activiteit never silently overwrite each other:
// an edit names the version it was read at.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table activiteiten
      add column version integer not null default 1;
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Not reversible')
}
