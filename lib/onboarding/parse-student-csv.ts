import { normalizeEmail } from '@/lib/auth/normalize-email'

import {
  cleanCell,
  findColumns,
  isEmptyRecord,
  readCsv,
  type CsvRecord,
} from './read-csv'

// Turns a student list that a BPV-begeleider exported from Excel into rows to
// check and import. File-level errors stop the import; row problems are shown
// next to the row so the begeleider can fix the sheet and try again.

export type ParsedStudentRow = {
  line: number
  voornaam: string
  tussenvoegsel: string
  achternaam: string
  email: string
  studentnummer: string
  problems: string[]
}

export type ParsedStudentCsv = {
  rows: ParsedStudentRow[]
  errors: string[]
}

export const MAX_STUDENT_ROWS = 5000

type StudentField =
  'voornaam' | 'tussenvoegsel' | 'achternaam' | 'email' | 'studentnummer'

// Header names as normalizeHeader leaves them, best match first. Roepnaam wins
// over voornamen because students go by it; the generic "naam" and "nummer"
// come last so they only count when no clearer column is there.
const HEADER_SYNONYMS: Record<StudentField, readonly string[]> = {
  voornaam: ['roepnaam', 'voornaam', 'firstname', 'givenname', 'voornamen'],
  tussenvoegsel: [
    'tussenvoegsel',
    'tussenvoegsels',
    'voorvoegsel',
    'voorvoegsels',
    'prefix',
  ],
  achternaam: [
    'achternaam',
    'familienaam',
    'geslachtsnaam',
    'lastname',
    'surname',
    'familyname',
    'naam',
  ],
  email: [
    'email',
    'emailadres',
    'emailaddress',
    'mail',
    'mailadres',
    'schoolemail',
    'schoolemailadres',
  ],
  studentnummer: [
    'studentnummer',
    'studentnr',
    'leerlingnummer',
    'leerlingnr',
    'studentid',
    'ovnummer',
    'nummer',
  ],
}

const REQUIRED_FIELDS = ['voornaam', 'achternaam', 'email'] as const

const FIELD_LABELS: Record<(typeof REQUIRED_FIELDS)[number], string> = {
  voornaam: 'voornaam',
  achternaam: 'achternaam',
  email: 'e-mailadres',
}

// Copied from web pages or Teams, cells often carry invisible characters.

// Stays within what the login form's <input type="email"> accepts, and asks
// for a dot in the domain so "jan@school" is caught before an invite bounces.
const EMAIL_PATTERN =
  /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

const dutchList = new Intl.ListFormat('nl', {
  style: 'long',
  type: 'conjunction',
})
const dutchNumber = new Intl.NumberFormat('nl-NL')

function isPlausibleEmail(email: string) {
  const localPart = email.slice(0, email.lastIndexOf('@'))

  return (
    email.length <= 254 &&
    EMAIL_PATTERN.test(email) &&
    localPart.length <= 64 &&
    !localPart.startsWith('.') &&
    !localPart.endsWith('.') &&
    !localPart.includes('..')
  )
}

function describeMissingColumns(
  missing: readonly (typeof REQUIRED_FIELDS)[number][],
  headerCells: readonly string[],
) {
  const labels = dutchList.format(missing.map((field) => FIELD_LABELS[field]))
  const found = headerCells
    .map(cleanCell)
    .filter((header) => header !== '')
    .map((header) => `"${header}"`)
  const opening =
    missing.length === 1
      ? `De kolom voor ${labels} ontbreekt in de kopregel.`
      : `De kolommen voor ${labels} ontbreken in de kopregel.`

  return `${opening} Gevonden kolommen: ${found.join(', ')}. Geef de kolommen in de eerste regel bijvoorbeeld de namen Voornaam, Tussenvoegsel, Achternaam, E-mailadres en Studentnummer.`
}

function checkRow(row: Omit<ParsedStudentRow, 'problems'>) {
  const problems: string[] = []

  if (row.voornaam === '') {
    problems.push('De voornaam ontbreekt.')
  }
  if (row.achternaam === '') {
    problems.push('De achternaam ontbreekt.')
  }
  if (row.email === '') {
    problems.push('Het e-mailadres ontbreekt.')
  } else if (!isPlausibleEmail(row.email)) {
    problems.push(`"${row.email}" is geen geldig e-mailadres.`)
  }

  return problems
}

export function parseStudentCsv(bytes: Uint8Array): ParsedStudentCsv {
  const result = readCsv(bytes)
  if (!result.ok) {
    return { rows: [], errors: [result.error] }
  }

  const [header, ...dataRecords] = result.records.filter(
    (record) => !isEmptyRecord(record),
  )
  if (header === undefined) {
    return { rows: [], errors: ['Het bestand is leeg.'] }
  }

  const columns = findColumns(header.cells, HEADER_SYNONYMS)
  const missing = REQUIRED_FIELDS.filter(
    (field) => columns[field] === undefined,
  )
  if (missing.length > 0) {
    return {
      rows: [],
      errors: [describeMissingColumns(missing, header.cells)],
    }
  }

  if (dataRecords.length === 0) {
    return {
      rows: [],
      errors: [
        'Het bestand bevat alleen een kopregel. Zet onder de kopregel één regel per student.',
      ],
    }
  }
  if (dataRecords.length > MAX_STUDENT_ROWS) {
    return {
      rows: [],
      errors: [
        `Het bestand bevat ${dutchNumber.format(dataRecords.length)} studenten; per keer kunnen er hoogstens ${dutchNumber.format(MAX_STUDENT_ROWS)} worden ingelezen. Splits het bestand in kleinere delen en lees ze één voor één in.`,
      ],
    }
  }

  const cellAt = (record: CsvRecord, field: StudentField) => {
    const column = columns[field]

    return column === undefined ? '' : cleanCell(record.cells[column])
  }
  const firstLineByEmail = new Map<string, number>()

  const rows = dataRecords.map((record): ParsedStudentRow => {
    const row = {
      line: record.line,
      voornaam: cellAt(record, 'voornaam'),
      tussenvoegsel: cellAt(record, 'tussenvoegsel'),
      achternaam: cellAt(record, 'achternaam'),
      email: normalizeEmail(cellAt(record, 'email')),
      studentnummer: cellAt(record, 'studentnummer'),
    }
    const problems = checkRow(row)

    if (row.email !== '') {
      const firstLine = firstLineByEmail.get(row.email)
      if (firstLine === undefined) {
        firstLineByEmail.set(row.email, row.line)
      } else {
        problems.push(`Dit e-mailadres komt ook voor op regel ${firstLine}.`)
      }
    }

    return { ...row, problems }
  })

  return { rows, errors: [] }
}
