// Import speed for a class list of 1,000 students, against the embedded
// database or DATABASE_URL: npx vitest bench --run --project integration
import { randomUUID } from 'node:crypto'

import { bench, describe } from 'vitest'

import { createGroep } from '@/lib/groepen/create-groep'
import {
  importStudents,
  previewStudentImport,
} from '@/lib/onboarding/import-students'
import { parseStudentCsv } from '@/lib/onboarding/parse-student-csv'

import { createScenario } from './scenario'

const ROWS = 1000

function classList() {
  const run = randomUUID().slice(0, 8)
  const lines = ['Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Studentnummer']

  for (let i = 0; i < ROWS; i++) {
    lines.push(`Student${i};van;Test${i};s${i}.${run}@bench.nl;${i}`)
  }

  return new TextEncoder().encode(lines.join('\r\n'))
}

async function newGroep() {
  const scenario = await createScenario()
  const groepId = await createGroep({
    actorId: scenario.begeleiderId,
    naam: 'Bench',
    cohort: '2026',
    kwalificatieId: null,
  })

  return { actorId: scenario.begeleiderId, groepId }
}

describe(`${ROWS} rows`, () => {
  bench(
    'preview (parse and check against accounts)',
    async () => {
      const { actorId, groepId } = await newGroep()
      await previewStudentImport({ actorId, groepId, bytes: classList() })
    },
    { iterations: 3, warmupIterations: 0 },
  )

  bench(
    'confirm (accounts, memberships, tokens, invitation mails)',
    async () => {
      const { actorId, groepId } = await newGroep()
      const result = await importStudents({
        actorId,
        actorNaam: 'Bench',
        groepId,
        rows: parseStudentCsv(classList()).rows,
      })
      if (result.nieuw !== ROWS) {
        throw new Error(`imported ${result.nieuw} of ${ROWS}`)
      }
    },
    { iterations: 3, warmupIterations: 0 },
  )
})
