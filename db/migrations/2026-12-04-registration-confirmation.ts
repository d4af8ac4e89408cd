import { sql, type Kysely } from 'kysely'

// A self-registered address counts only once its owner confirms it by mail,
// so nobody can claim someone else's address before they sign in.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table users add column email_confirmed_at timestamptz;
    update users set email_confirmed_at = created_at
      where password_hash is not null;

    alter table auth_tokens drop constraint auth_tokens_purpose_check;
    alter table auth_tokens add constraint auth_tokens_purpose_check
      check (purpose in ('uitnodiging', 'wachtwoord', 'bevestiging'));
  `.execute(db)
}

export async function down(): Promise<void> {
  throw new Error('Not reversible')
}
