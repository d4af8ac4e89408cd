import { sql, type Kysely } from 'kysely'

// Leerbedrijven are found by any part of their name, whatever the case or
// accents, among 100,000 companies: a normalized name (written by lib/)
// with a trigram index, plus the Stagemarkt code.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create extension if not exists pg_trgm;

    alter table leerbedrijven
      add column zoeknaam text not null default '',
      add column stagemarkt_code text not null default '';

    create index leerbedrijven_zoeknaam_trgm
      on leerbedrijven using gin (zoeknaam gin_trgm_ops);
    create index leerbedrijven_stagemarkt_code
      on leerbedrijven (stagemarkt_code) where stagemarkt_code <> '';
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Not reversible')
}
