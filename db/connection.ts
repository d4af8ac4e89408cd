import { createPool as createVercelPool } from '@vercel/postgres'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'

import type { Database } from './types'

const DATE_OID = 1082

// Keep SQL dates as 'YYYY-MM-DD' so no time zone can ever shift them.
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === DATE_OID) {
      return (value: string) => value
    }

    return pg.types.getTypeParser(oid, format)
  },
}

// DATABASE_URL, POSTGRES_URL and DATABASE_POOL_MAX are read.
export type DatabaseEnv = Record<string, string | undefined>

// One dialect and one query path for every backend; only the pool differs.
export function createPool(env: DatabaseEnv = process.env) {
  const max = Number(env.DATABASE_POOL_MAX ?? '10')

  if (env.DATABASE_URL) {
    return new pg.Pool({ connectionString: env.DATABASE_URL, max, types })
  }
  if (env.POSTGRES_URL) {
    return createVercelPool({ connectionString: env.POSTGRES_URL, max, types })
  }

  throw new Error(
    'No database configured: set DATABASE_URL or POSTGRES_URL, or start ' +
      'the app with `npm run dev`, which provides the embedded database.',
  )
}

export function createDb(env: DatabaseEnv = process.env) {
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool: createPool(env) }),
  })
}
