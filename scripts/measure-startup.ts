// Measures what the issue notes report: production build time, cold start
// of `npm start` and `npm run dev` on a fresh embedded database (until the
// login page answers), and the memory of the running server after warm-up
// requests. Only talks to 127.0.0.1. Usage: npx tsx scripts/measure-startup.ts
import {
  execSync,
  spawn,
  spawnSync,
  type ChildProcess,
} from 'node:child_process'
import { rmSync } from 'node:fs'

const PORT = 3300
const BASE = `http://127.0.0.1:${PORT}`
const DATA_DIR = '.data/measure'
const WARMUP_REQUESTS = 50

function seconds(since: number) {
  return ((performance.now() - since) / 1000).toFixed(1)
}

async function waitForLogin(deadlineMs: number) {
  const end = Date.now() + deadlineMs

  while (Date.now() < end) {
    try {
      const response = await fetch(`${BASE}/inloggen`)
      if (response.ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('server did not answer in time')
}

// Resident memory of the launcher and every process below it, in MiB.
function treeRssMiB(rootPid: number) {
  const table = execSync('ps -eo pid=,ppid=,rss=', { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number))
  const pids = new Set([rootPid])
  let grew = true

  while (grew) {
    grew = false
    for (const [pid, ppid] of table) {
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid)
        grew = true
      }
    }
  }

  const kib = table
    .filter(([pid]) => pids.has(pid))
    .reduce((sum, [, , rss]) => sum + rss, 0)

  return (kib / 1024).toFixed(0)
}

async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

async function measureStart(mode: 'start' | 'dev') {
  rmSync(DATA_DIR, { recursive: true, force: true })
  const started = performance.now()
  const child = spawn('npx', ['tsx', 'scripts/launch.ts', mode], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR,
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
  })

  await waitForLogin(180_000)
  const coldStart = seconds(started)

  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    await fetch(`${BASE}/inloggen`)
  }
  const rss = treeRssMiB(child.pid!)
  await stop(child)

  // A second start on the same data: migrations and seed are no-ops.
  const restarted = performance.now()
  const again = spawn('npx', ['tsx', 'scripts/launch.ts', mode], {
    env: { ...process.env, PORT: String(PORT), DATA_DIR, NEXTAUTH_URL: BASE },
    stdio: 'ignore',
  })
  await waitForLogin(180_000)
  const warmStart = seconds(restarted)
  await stop(again)

  return { coldStart, warmStart, rss }
}

async function main() {
  const buildStarted = performance.now()
  const build = spawnSync('npx', ['next', 'build'], {
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  if (build.status !== 0) {
    throw new Error('next build failed')
  }
  const buildTime = seconds(buildStarted)

  const production = await measureStart('start')
  const development = await measureStart('dev')
  rmSync(DATA_DIR, { recursive: true, force: true })

  console.log(`next build: ${buildTime} s`)
  console.log(
    `npm start, fresh data: ${production.coldStart} s to the login page; ` +
      `second start ${production.warmStart} s; ` +
      `RSS after ${WARMUP_REQUESTS} requests ${production.rss} MiB ` +
      '(launcher with PGlite + Next.js server)',
  )
  console.log(
    `npm run dev, fresh data: ${development.coldStart} s to the login page ` +
      `(first compile included); second start ${development.warmStart} s; ` +
      `RSS ${development.rss} MiB`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
