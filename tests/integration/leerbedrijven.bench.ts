// Search latency among 100,000 leerbedrijven, against the embedded database
// or DATABASE_URL: npx vitest bench --run --project integration leerbedrijven
import { randomUUID } from 'node:crypto'

import { bench, describe } from 'vitest'

import { getDb } from '@/lib/db'
import { searchLeerbedrijven } from '@/lib/leerbedrijven/search-leerbedrijven'
import { toZoeknaam } from '@/lib/leerbedrijven/search-text'

const COMPANIES = 100_000
const first = [
  'Bakkerij',
  'Garage',
  'Zorggroep',
  'Software',
  'Installatiebedrijf',
  'Café',
  'Kapsalon',
  'Hoveniers',
  'Autoschade',
  'Drukkerij',
]
const middle = [
  'de Vries',
  'Jansen',
  'Élan',
  'Van der Berg',
  'Noord',
  'IJsselstreek',
  'Bakker',
  'Smit',
  'Meijer',
  'Groen',
  'Visser',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
]
const last = [
  'B.V.',
  'en Zonen',
  'Holding',
  'VOF',
  'Groep',
  'Service',
  'Techniek',
  'Centrum',
]
const places = [
  'Utrecht',
  'Zwolle',
  'Amersfoort',
  'Groningen',
  'Breda',
  'Tilburg',
]

async function seedCompanies() {
  const run = randomUUID().slice(0, 6)
  const existing = await getDb()
    .selectFrom('leerbedrijven')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()

  if (Number(existing.n) >= COMPANIES) {
    return
  }

  for (let start = 0; start < COMPANIES; start += 2000) {
    const rows = Array.from({ length: 2000 }, (_, offset) => {
      const i = start + offset
      const naam = `${first[i % first.length]} ${middle[Math.floor(i / 10) % middle.length]} ${last[Math.floor(i / 150) % last.length]} ${i}`

      return {
        leerbedrijf_id: `9${run.replace(/\D/g, '').padEnd(3, '0').slice(0, 3)}${String(i).padStart(6, '0')}`,
        naam,
        zoeknaam: toZoeknaam(naam),
        plaats: places[i % places.length],
        stagemarkt_code: String(500000 + i),
      }
    })
    await getDb().insertInto('leerbedrijven').values(rows).execute()
  }
}

await seedCompanies()

describe(`search among ${COMPANIES} leerbedrijven`, () => {
  const options = { iterations: 30, warmupIterations: 3 }

  bench(
    'one name part: "bakkerij"',
    async () => {
      await searchLeerbedrijven({ query: 'bakkerij' })
    },
    options,
  )

  bench(
    'two parts, other case and accent: "elan HOLDING"',
    async () => {
      await searchLeerbedrijven({ query: 'elan HOLDING' })
    },
    options,
  )

  bench(
    'rare part: "ijsselstreek techniek 4711"',
    async () => {
      await searchLeerbedrijven({ query: 'ijsselstreek techniek 4711' })
    },
    options,
  )

  bench(
    'no match: "zzzqqq"',
    async () => {
      await searchLeerbedrijven({ query: 'zzzqqq' })
    },
    options,
  )

  bench(
    'Stagemarkt code',
    async () => {
      await searchLeerbedrijven({ query: '512345' })
    },
    options,
  )
})
