import 'server-only'

import { AsyncLocalStorage } from 'node:async_hooks'

import type { Kysely, Transaction } from 'kysely'
import { sql } from 'kysely'

import { createDb } from '@/db/connection'
import type { Database } from '@/db/types'
import { fromDatabaseError } from '@/lib/errors'

export type Db = Kysely<Database>
export type Trx = Transaction<Database>

const globalForDb = globalThis as { praktijkDb?: Db }

// Marks code running inside withAudit. A second connection taken there
// would wait forever on the embedded database (one connection) and escape
// the transaction elsewhere, so getDb() refuses it.
const transactionScope = new AsyncLocalStorage<true>()

function pool(): Db {
  // One pool per server process, kept across hot reloads in development.
  globalForDb.praktijkDb ??= createDb()

  return globalForDb.praktijkDb
}

export function getDb(): Db {
  if (transactionScope.getStore()) {
    throw new Error('getDb() inside a transaction: use its trx instead')
  }

  return pool()
}

// Every change runs in a transaction that tells the audit trigger who acts
// and why, so the audit log is complete whatever path writes.
export async function withAudit<T>(
  { actorId, action }: { actorId: string | null; action: string },
  work: (trx: Trx) => Promise<T>,
): Promise<T> {
  try {
    return await transactionScope.run(true, () =>
      pool()
        .transaction()
        .execute(async (trx) => {
          // No actor (self-registration, password reset): recorded as null.
          await sql`select set_config('app.actor_id', ${actorId ?? ''}, true),
          set_config('app.action', ${action}, true)`.execute(trx)

          return work(trx)
        }),
    )
  } catch (error) {
    throw fromDatabaseError(error)
  }
}
