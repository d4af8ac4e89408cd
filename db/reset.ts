import { sql, type Kysely } from 'kysely'

// Tests start from an empty schema. Refuse anything but a local server, so
// a mistyped DATABASE_URL can never wipe a real database.
export async function resetLocalDatabase<T>(db: Kysely<T>, url: string) {
  const { hostname } = new URL(url)

  if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(hostname)) {
    throw new Error(`Refusing to reset a database on ${hostname}`)
  }

  await sql`drop schema if exists public cascade`.execute(db)
  await sql`create schema public`.execute(db)
}
