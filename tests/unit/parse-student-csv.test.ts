import { describe, expect, it } from 'vitest'

import {
  MAX_STUDENT_ROWS,
  parseStudentCsv,
} from '@/lib/onboarding/parse-student-csv'

const utf8 = (text: string) => new TextEncoder().encode(text)

const utf8WithBom = (text: string) =>
  Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)])

// Windows-1252 as old Excel writes it; enough of the code page for these tests.
const WINDOWS_1252: Record<string, number> = { ë: 0xeb, é: 0xe9, '’': 0x92 }

const windows1252 = (text: string) =>
  Uint8Array.from(text, (char) => {
    const byte = WINDOWS_1252[char] ?? char.charCodeAt(0)
    if (byte > 0x7f && !(char in WINDOWS_1252)) {
      throw new Error(`No Windows-1252 byte for ${char} in this test`)
    }

    return byte
  })

// The fields a user checks in the preview, without the line bookkeeping.
const names = (csv: ReturnType<typeof parseStudentCsv>) =>
  csv.rows.map((row) => [row.voornaam, row.tussenvoegsel, row.achternaam])

describe('parseStudentCsv: reading the file', () => {
  it('reads UTF-8 with a byte-order mark and semicolons from Dutch Excel', () => {
    const csv = parseStudentCsv(
      utf8WithBom(
        'Voornaam;Tussenvoegsel;Achternaam;E-mail;Studentnummer\n' +
          'Jan;van der;Berg; Jan.Berg@Student.Example.NL ;100234\n' +
          'Zoë;;Öztürk;zoe.ozturk@student.example.nl;100235\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows).toEqual([
      {
        line: 2,
        voornaam: 'Jan',
        tussenvoegsel: 'van der',
        achternaam: 'Berg',
        email: 'jan.berg@student.example.nl',
        studentnummer: '100234',
        problems: [],
      },
      {
        line: 3,
        voornaam: 'Zoë',
        tussenvoegsel: '',
        achternaam: 'Öztürk',
        email: 'zoe.ozturk@student.example.nl',
        studentnummer: '100235',
        problems: [],
      },
    ])
  })

  it('reads Windows-1252 from older Excel, so Zoë keeps her ë', () => {
    const bytes = windows1252(
      'Voornaam;Tussenvoegsel;Achternaam;E-mail\r\n' +
        'Zoë;’t;Hart;zoe.hart@student.example.nl\r\n' +
        'Renée;;Smit;renee.smit@student.example.nl\r\n',
    )

    expect(bytes).toContain(0xeb)

    const csv = parseStudentCsv(bytes)

    expect(csv.errors).toEqual([])
    expect(names(csv)).toEqual([
      ['Zoë', '’t', 'Hart'],
      ['Renée', '', 'Smit'],
    ])
  })

  it('reads commas with quoted fields holding separators, quotes and a newline', () => {
    const csv = parseStudentCsv(
      utf8(
        'first name,last name,email,notes\n' +
          '"Anna-Sophie","Jansen, de",anna@student.example.nl,"stage; ""zorg"""\n' +
          '"Mo\nhammed",Amrani,mo@student.example.nl,"twee\nregels"\n' +
          'Lisa,Bakker,lisa@student.example.nl,\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(names(csv)).toEqual([
      ['Anna-Sophie', '', 'Jansen, de'],
      ['Mo hammed', '', 'Amrani'],
      ['Lisa', '', 'Bakker'],
    ])
    // A newline inside quotes stays within one spreadsheet row.
    expect(csv.rows.map((row) => row.line)).toEqual([2, 3, 4])
  })

  it('keeps a doubled quote inside a quoted field as one quote', () => {
    const csv = parseStudentCsv(
      utf8(
        'voornaam,achternaam,email\n' +
          '"Jan ""JJ""",Jansen,"jan,jansen@student.example.nl"\n',
      ),
    )

    expect(csv.rows[0].voornaam).toBe('Jan "JJ"')
    expect(csv.rows[0].email).toBe('jan,jansen@student.example.nl')
    expect(csv.rows[0].problems).toEqual([
      '"jan,jansen@student.example.nl" is geen geldig e-mailadres.',
    ])
  })

  it('reads tab-separated text', () => {
    const csv = parseStudentCsv(
      utf8('Voornaam\tAchternaam\tE-mail\nEmma\tde Vries\temma@school.nl\n'),
    )

    expect(csv.errors).toEqual([])
    expect(names(csv)).toEqual([['Emma', '', 'de Vries']])
  })

  it('skips empty lines and lines of separators but counts them as lines', () => {
    const csv = parseStudentCsv(
      utf8(
        'Voornaam;Achternaam;E-mail\r\n' +
          '\r\n' +
          'Sanne;Bakker;sanne@school.nl\r\n' +
          ';;\r\n' +
          '  ;  ; \r\n' +
          'Daan;Visser;daan@school.nl\r\n' +
          '\r\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows.map((row) => [row.line, row.voornaam])).toEqual([
      [3, 'Sanne'],
      [6, 'Daan'],
    ])
  })

  it('reads UTF-16 "Unicode-tekst" from Excel and lines ending in a lone CR', () => {
    const text = 'Voornaam\tAchternaam\tE-mail\rZoë\tÖztürk\tzoe@school.nl\r'
    const bytes = new Uint8Array(2 + text.length * 2)
    bytes.set([0xff, 0xfe])
    for (let index = 0; index < text.length; index += 1) {
      bytes[2 + index * 2] = text.charCodeAt(index) & 0xff
      bytes[3 + index * 2] = text.charCodeAt(index) >> 8
    }

    const csv = parseStudentCsv(bytes)

    expect(csv.errors).toEqual([])
    expect(
      csv.rows.map((row) => [row.line, row.voornaam, row.achternaam]),
    ).toEqual([[2, 'Zoë', 'Öztürk']])
  })

  it('follows an Excel "sep=" line and leaves it out of the numbering', () => {
    const csv = parseStudentCsv(
      utf8('sep=,\nVoornaam,Achternaam,E-mail\nTim,Dekker,tim@school.nl\n'),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows.map((row) => [row.line, row.achternaam])).toEqual([
      [2, 'Dekker'],
    ])
  })

  it('points to the line of a quote that is never closed', () => {
    const csv = parseStudentCsv(
      utf8(
        'Voornaam;Achternaam;E-mail\n' +
          'Tim;Dekker;tim@school.nl\n' +
          '"Tom;Dekker;tom@school.nl\n' +
          'Kim;Dekker;kim@school.nl\n',
      ),
    )

    expect(csv.rows).toEqual([])
    expect(csv.errors).toHaveLength(1)
    expect(csv.errors[0]).toContain('Op regel 3')
  })

  it('recognises an Excel workbook uploaded instead of a CSV file', () => {
    const csv = parseStudentCsv(
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    )

    expect(csv.rows).toEqual([])
    expect(csv.errors[0]).toContain(
      'CSV (gescheiden door lijstscheidingsteken)',
    )
  })
})

describe('parseStudentCsv: headers', () => {
  it('matches headers loosely and ignores extra columns', () => {
    const csv = parseStudentCsv(
      utf8(
        'Klas;Student nr.;Roepnaam;Tussenvoegsels;Achternaam;E-mailadres;Opleiding\n' +
          'VZ2A;100777;Fleur;de;Wit;fleur.dewit@school.nl;Verzorgende IG\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows[0]).toMatchObject({
      voornaam: 'Fleur',
      tussenvoegsel: 'de',
      achternaam: 'Wit',
      email: 'fleur.dewit@school.nl',
      studentnummer: '100777',
    })
  })

  it('ignores accents, case, dots, dashes and underscores in headers', () => {
    const csv = parseStudentCsv(
      utf8(
        'VOORNAAM,Familie_naam,"E-Mail Adres",OV-nummer\n' +
          'Noor,Smit,noor@school.nl,123\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows[0]).toMatchObject({
      achternaam: 'Smit',
      email: 'noor@school.nl',
      studentnummer: '123',
    })
  })

  it('uses a column named "Naam" only when there is no achternaam column', () => {
    const withBoth = parseStudentCsv(
      utf8(
        'Naam;Voornaam;Achternaam;Mail\nJan Jansen;Jan;Jansen;j@school.nl\n',
      ),
    )
    const withNaamOnly = parseStudentCsv(
      utf8('Voornaam;Naam;Mail\nJan;Jansen;j@school.nl\n'),
    )

    expect(withBoth.rows[0].achternaam).toBe('Jansen')
    expect(withNaamOnly.rows[0].achternaam).toBe('Jansen')
  })

  it('names the missing e-mail column and the headers it found', () => {
    const csv = parseStudentCsv(
      utf8('Voornaam;Achternaam;Klas\nJan;Jansen;VZ2A\n'),
    )

    expect(csv.rows).toEqual([])
    expect(csv.errors).toHaveLength(1)
    expect(csv.errors[0]).toContain('De kolom voor e-mailadres ontbreekt')
    expect(csv.errors[0]).toContain('"Voornaam", "Achternaam", "Klas"')
  })

  it('names every missing column at once', () => {
    const csv = parseStudentCsv(utf8('Naam,Klas\nJan Jansen,VZ2A\n'))

    expect(csv.errors[0]).toContain(
      'De kolommen voor voornaam en e-mailadres ontbreken',
    )
  })

  it('refuses an empty file and a file with only a header', () => {
    expect(parseStudentCsv(new Uint8Array())).toEqual({
      rows: [],
      errors: ['Het bestand is leeg.'],
    })
    expect(parseStudentCsv(utf8WithBom('\r\n;;\r\n')).errors).toEqual([
      'Het bestand is leeg.',
    ])

    const headerOnly = parseStudentCsv(utf8('Voornaam;Achternaam;E-mail\r\n'))

    expect(headerOnly.rows).toEqual([])
    expect(headerOnly.errors[0]).toContain('alleen een kopregel')
  })
})

describe('parseStudentCsv: rows', () => {
  it('flags missing names and a missing or invalid e-mail address', () => {
    const csv = parseStudentCsv(
      utf8(
        'Voornaam;Achternaam;E-mail\n' +
          ';Jansen;jansen@school.nl\n' +
          'Piet;;\n' +
          'Kees;de Boer;kees@school\n' +
          'Els;Kok;els kok@school.nl\n' +
          'Ali;Yilmaz;ali@@school.nl\n' +
          'Bo;Li;bo.@school.nl\n' +
          'Eva;Mol;Eva.Mol@School.nl\n',
      ),
    )

    expect(csv.errors).toEqual([])
    expect(csv.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, ['De voornaam ontbreekt.']],
      [3, ['De achternaam ontbreekt.', 'Het e-mailadres ontbreekt.']],
      [4, ['"kees@school" is geen geldig e-mailadres.']],
      [5, ['"els kok@school.nl" is geen geldig e-mailadres.']],
      [6, ['"ali@@school.nl" is geen geldig e-mailadres.']],
      [7, ['"bo.@school.nl" is geen geldig e-mailadres.']],
      [8, []],
    ])
  })

  it('flags a repeated address, in any case, with the line it first appeared on', () => {
    const csv = parseStudentCsv(
      utf8(
        'Voornaam;Achternaam;E-mail\n' +
          'Jan;Jansen;jan@school.nl\n' +
          'Sanne;Bakker;sanne@school.nl\n' +
          'Jan;Jansen; JAN@School.nl\n' +
          'Johan;Jansen;jan@school.nl\n',
      ),
    )

    expect(csv.rows.map((row) => [row.line, row.problems])).toEqual([
      [2, []],
      [3, []],
      [4, ['Dit e-mailadres komt ook voor op regel 2.']],
      [5, ['Dit e-mailadres komt ook voor op regel 2.']],
    ])
  })

  it('parses 1,000 generated students without problems', () => {
    const lines = ['Voornaam;Tussenvoegsel;Achternaam;E-mail;Studentnummer']
    for (let index = 1; index <= 1000; index += 1) {
      lines.push(
        `Student${index};van;Achternaam ${index};student${index}@school.nl;${200000 + index}`,
      )
    }

    const csv = parseStudentCsv(utf8WithBom(lines.join('\r\n')))

    expect(csv.errors).toEqual([])
    expect(csv.rows).toHaveLength(1000)
    expect(csv.rows.filter((row) => row.problems.length > 0)).toEqual([])
    expect(csv.rows[999]).toMatchObject({
      line: 1001,
      email: 'student1000@school.nl',
      studentnummer: '201000',
    })
  })

  it('asks to split a file with more than the maximum number of students', () => {
    const header = 'Voornaam;Achternaam;E-mail\n'
    const row = (index: number) => `S;T;s${index}@school.nl\n`
    const atMaximum = Array.from({ length: MAX_STUDENT_ROWS }, (_, i) => row(i))

    const allowed = parseStudentCsv(utf8(header + atMaximum.join('')))
    const tooMany = parseStudentCsv(
      utf8(header + atMaximum.join('') + row(MAX_STUDENT_ROWS)),
    )

    expect(allowed.errors).toEqual([])
    expect(allowed.rows).toHaveLength(5000)
    expect(tooMany.rows).toEqual([])
    expect(tooMany.errors).toHaveLength(1)
    expect(tooMany.errors[0]).toContain('5.001')
    expect(tooMany.errors[0]).toContain('Splits het bestand')
  })
})
