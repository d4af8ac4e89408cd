// `npm test`: unit and integration tests (vitest), then a production build
// and the end-to-end tests in Chromium (Playwright). Against the embedded
// database by default, or the PostgreSQL in DATABASE_URL (reset first).
import { spawnSync } from 'node:child_process'

function run(label: string, command: string, args: string[]) {
  console.log(`\n▶ ${label}`)
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })

  if (result.status !== 0) {
    console.error(`\n✗ ${label} failed`)
    process.exit(result.status ?? 1)
  }
}

const target = process.env.DATABASE_URL
  ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})`
  : 'the embedded database'
console.log(`Testing against ${target}`)

run('Unit and integration tests', 'npx', ['vitest', 'run'])
run('Production build', 'npx', ['next', 'build'])
run('End-to-end tests', 'npx', ['playwright', 'test'])
