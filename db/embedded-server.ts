import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

export type EmbeddedDatabase = {
  url: string
  stop: () => Promise<void>
}

function isProcessAlive(pid: number) {
  try {
    process.kill(pid, 0)

    return true
  } catch {
    return false
  }
}

// PGlite must never be opened by two processes: a pid file guards the folder.
function lockDataDir(dataDir: string) {
  const lockFile = path.join(dataDir, 'server.pid')

  try {
    const pid = Number(readFileSync(lockFile, 'utf8'))

    if (pid && pid !== process.pid && isProcessAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by process ${pid}. ` +
          'Stop that server first.',
      )
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw error
    }
  }
  writeFileSync(lockFile, String(process.pid))

  return () => rmSync(lockFile, { force: true })
}

// Serves PGlite over the PostgreSQL protocol on loopback, so the app reaches
// it through the same pg pool as any other PostgreSQL (with max 1).
export async function startEmbeddedDatabase({
  dataDir,
  port = 0,
}: {
  dataDir?: string
  port?: number
}): Promise<EmbeddedDatabase> {
  let unlock = () => {}

  if (dataDir) {
    mkdirSync(dataDir, { recursive: true })
    unlock = lockDataDir(dataDir)
  }

  const db = await PGlite.create(dataDir ? path.join(dataDir, 'pgdata') : '', {
    extensions: { pg_trgm },
  })
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port,
    maxConnections: 1,
  })
  await server.start()

  const url = `postgres://postgres@${server.getServerConn()}/postgres`

  return {
    url,
    stop: async () => {
      await server.stop()
      await db.close()
      unlock()
    },
  }
}
