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

// Resident memory per process below the launcher, in MiB, by command.
function treeRss(rootPid: number) {
  const table = execSync('ps -eo pid=,ppid=,rss=,args=', { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, ppid, rss, ...args] = line.trim().split(/\s+/)

      return {
        pid: Number(pid),
        ppid: Number(ppid),
        rss: Number(rss),
        args: args.join(' '),
      }
    })
  const pids = new Set([rootPid])
  let grew = true

  while (grew) {
    grew = false
    for (const row of table) {
      if (pids.has(row.ppid) && !pids.has(row.pid)) {
        pids.add(row.pid)
        grew = true
      }
    }
  }

  return table
    .filter((row) => pids.has(row.pid) && row.rss > 10 * 1024)
    .map((row) => {
      const name = row.args.includes('launch.ts')
        ? 'launcher with PGlite'
        : row.args.includes('next')
          ? 'Next.js server'
          : row.args.slice(0, 40)

      return `${name} ${(row.rss / 1024).toFixed(0)} MiB`
    })
    .join(', ')
}

function spawnLauncher(mode: 'start' | 'dev') {
  return spawn('node_modules/.bin/tsx', ['scripts/launch.ts', mode], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATA_DIR,
      NEXTAUTH_URL: BASE,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  })
}

// Stops the whole process group and waits until the port is free again.
async function stop(child: ChildProcess) {
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-child.pid!, 'SIGTERM')
  await exited

  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`${BASE}/inloggen`)
      await new Promise((resolve) => setTimeout(resolve, 100))
    } catch {
      return
    }
  }
  throw new Error('server did not stop')
}

async function measureStart(mode: 'start' | 'dev') {
  rmSync(DATA_DIR, { recursive: true, force: true })
  const started = performance.now()
  const child = spawnLauncher(mode)

  await waitForLogin(180_000)
  const coldStart = seconds(started)

  for (let i = 0; i < WARMUP_REQUESTS; i++) {
    await fetch(`${BASE}/inloggen`)
  }
  const rss = treeRss(child.pid!)
  await stop(child)

  // A second start on the same data: migrations and seed are no-ops.
  const restarted = performance.now()
  const again = spawnLauncher(mode)
  await waitForLogin(180_000)
  const warmStart = seconds(restarted)
  await stop(again)

  return { coldStart, warmStart, rss }
}

async function main() {
  // A clean build, as on a fresh clone.
  rmSync('.next', { recursive: true, force: true })
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
      `RSS after ${WARMUP_REQUESTS} requests: ${production.rss}`,
  )
  console.log(
    `npm run dev, fresh data: ${development.coldStart} s to the login page ` +
      `(first compile included); second start ${development.warmStart} s; ` +
      `RSS: ${development.rss}`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
