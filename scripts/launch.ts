// Starts the product: prepares the embedded defaults where no real backend is
// configured, migrates (and seeds demo data outside production), then hands
// over to Next.js with the result in its environment.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'

import { createDb } from '../db/connection'
import { startEmbeddedDatabase } from '../db/embedded-server'
import { migrateToLatest } from '../db/migrate'
import { resetLocalDatabase } from '../db/reset'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from '../db/seed'

function fail(message: string): never {
  console.error(`\n${message}\n`)
  process.exit(1)
}

function readOrCreateSecret(dataDir: string) {
  const file = path.join(dataDir, 'auth-secret')

  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 })
  }

  return readFileSync(file, 'utf8').trim()
}

async function main() {
  const mode = process.argv[2] === 'start' ? 'start' : 'dev'
  const isProduction = process.env.NODE_ENV === 'production'
  const dataDir = path.resolve(process.env.DATA_DIR ?? '.data')
  const port = process.env.PORT ?? '3000'
  const host = process.env.HOST ?? '127.0.0.1'
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const isReset = env.RESET_DATABASE === '1'
  let stopEmbedded = async () => {}

  if (!env.DATABASE_URL && !env.POSTGRES_URL) {
    if (isProduction) {
      fail('Production needs DATABASE_URL or POSTGRES_URL.')
    }
    if (isReset) {
      rmSync(path.join(dataDir, 'pglite'), { recursive: true, force: true })
    }

    const embedded = await startEmbeddedDatabase({
      dataDir: path.join(dataDir, 'pglite'),
    })
    stopEmbedded = embedded.stop
    env.DATABASE_URL = embedded.url
    env.DATABASE_POOL_MAX = '1'
    env.EMBEDDED_DEFAULTS = '1'
    console.log(`Embedded database: ${path.join(dataDir, 'pglite')}`)
  }

  if (!env.NEXTAUTH_SECRET) {
    if (isProduction) {
      fail('Production needs NEXTAUTH_SECRET.')
    }
    env.NEXTAUTH_SECRET = readOrCreateSecret(dataDir)
  }
  env.NEXTAUTH_URL ??= `http://localhost:${port}`
  if (!isProduction) {
    env.DEV_TOOLS = '1'
  }

  const db = createDb(env)
  try {
    if (isReset && env.DATABASE_URL && env.EMBEDDED_DEFAULTS !== '1') {
      await resetLocalDatabase(db, env.DATABASE_URL)
    }
    const applied = await migrateToLatest(db)
    if (applied.length > 0) {
      console.log(`Migrations applied: ${applied.join(', ')}`)
    }
    if (!isProduction) {
      const isSeeded = await seedDemoData(db)
      console.log(
        `${isSeeded ? 'Demo school created' : 'Demo data kept'}. ` +
          `Demo accounts (password ${DEMO_PASSWORD}):`,
      )
      for (const account of DEMO_ACCOUNTS) {
        console.log(`  ${account.email.padEnd(22)} ${account.description}`)
      }
    }
  } finally {
    await db.destroy()
  }

  const nextBin = path.resolve('node_modules', '.bin', 'next')
  const child = spawn(nextBin, [mode, '--port', port, '--hostname', host], {
    env,
    stdio: 'inherit',
  })
  console.log(`Praktijkbeoordelen: ${env.NEXTAUTH_URL}`)

  let isStopping = false
  const stop = async (code: number) => {
    if (isStopping) {
      return
    }
    isStopping = true
    await stopEmbedded()
    process.exit(code)
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      child.kill(signal)
    })
  }
  child.on('exit', (code) => void stop(code ?? 0))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
