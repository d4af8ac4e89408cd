import { describe, expect, it } from 'vitest'

import { parseLeerbedrijvenCsv } from '@/lib/leerbedrijven/parse-leerbedrijven-csv'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('parseLeerbedrijvenCsv', () => {
  it('reads an export with loose headers and reports bad rows', () => {
    const { rows, problems } = parseLeerbedrijvenCsv(
      bytes(
        '\uFEFFLeerbedrijf ID;Handelsnaam;Postcode;Vestigingsplaats;KvK-nummer\r\n' +
          '100012345;Codewerf B.V.;3511 ab;Utrecht;90000001\r\n' +
          'abc;Zonder nummer;;;\r\n' +
          '100012346;;;;\r\n',
      ),
    )

    expect(rows).toEqual([
      {
        line: 2,
        leerbedrijfId: '100012345',
        naam: 'Codewerf B.V.',
        adres: '',
        postcode: '3511 AB',
        plaats: 'Utrecht',
        kvkNummer: '90000001',
        stagemarktCode: '',
      },
    ])
    expect(problems).toEqual([
      'Regel 3: het leerbedrijf-ID moet uit cijfers bestaan.',
      'Regel 4: de naam ontbreekt.',
    ])
  })

  it('explains a missing id or name column', () => {
    expect(
      parseLeerbedrijvenCsv(bytes('Naam;Plaats\nX;Y\n')).problems[0],
    ).toContain('leerbedrijf-ID')
  })
})
