import { describe, expect, it } from 'vitest'

import {
  compareDutchNames,
  formatFullName,
  formatSortName,
  type PersonName,
} from '@/lib/users/sort-names'

const person = (
  voornaam: string,
  tussenvoegsel: string,
  achternaam: string,
): PersonName => ({ voornaam, tussenvoegsel, achternaam })

const sortedNames = (people: PersonName[]) =>
  [...people].sort(compareDutchNames).map(formatFullName)

describe('compareDutchNames', () => {
  it('sorts a class list the Dutch way', () => {
    const klas = [
      person('Finn', '', 'Zwart'),
      person('Emma', 'de', 'Vries'),
      person('Daan', '', 'IJzerman'),
      person('Jan', 'van der', 'Berg'),
      person('Lotte', '', 'Ypma'),
      person('Sanne', '', 'Bakker'),
      person('Elif', '', 'Öztürk'),
      person('Mila', '', 'Xander'),
      person('Noor', '', 'IJsselstein'),
      person('Yassin', 'el', 'Amrani'),
      person('Mert', '', 'Yilmaz'),
      person('Tim', '', 'van Dijk'),
      person('Anna', 'de', 'Vries'),
      person('Kerem', '', 'Özdemir'),
      person('Bram', '', 'Ozinga'),
      person('Ahmed', '', 'Ijaz'),
      person('Lars', '', 'Dekker'),
    ]

    expect(sortedNames(klas)).toEqual([
      'Yassin el Amrani',
      'Sanne Bakker',
      'Jan van der Berg',
      'Lars Dekker',
      'Tim van Dijk',
      'Ahmed Ijaz',
      'Kerem Özdemir',
      'Bram Ozinga',
      'Elif Öztürk',
      'Anna de Vries',
      'Emma de Vries',
      'Mila Xander',
      'Mert Yilmaz',
      'Lotte Ypma',
      'Noor IJsselstein',
      'Daan IJzerman',
      'Finn Zwart',
    ])
  })

  it('ignores case and accents in names', () => {
    expect(
      sortedNames([
        person('émile', '', 'bakker'),
        person('Eline', '', 'Bakker'),
        person('Ezra', '', 'bakker'),
      ]),
    ).toEqual(['Eline Bakker', 'émile bakker', 'Ezra bakker'])
  })

  it('treats a tussenvoegsel typed into the achternaam as a tussenvoegsel', () => {
    expect(
      compareDutchNames(
        person('Tim', '', 'van Dijk'),
        person('Tim', 'van', 'Dijk'),
      ),
    ).toBe(0)
    expect(
      sortedNames([
        person('Kim', '', 'van den Heuvel'),
        person('Bas', '', 'de Haan'),
        person('Ilse', '', "van 't Hek"),
        person('Joep', '', 'Hendriks'),
      ]),
    ).toEqual([
      'Bas de Haan',
      "Ilse van 't Hek",
      'Joep Hendriks',
      'Kim van den Heuvel',
    ])
  })

  it('keeps a capitalised prefix, as in the Flemish "Van Damme", under V', () => {
    expect(
      sortedNames([
        person('Jef', '', 'Van Damme'),
        person('Lars', '', 'Dekker'),
        person('Wout', '', 'Wit'),
      ]),
    ).toEqual(['Lars Dekker', 'Jef Van Damme', 'Wout Wit'])
  })

  it('orders by voornaam, then by tussenvoegsel, within one achternaam', () => {
    expect(
      sortedNames([
        person('Jan', 'de', 'Boer'),
        person('Jan', '', 'Boer'),
        person('IJsbrand', '', 'Boer'),
        person('Ivo', '', 'Boer'),
      ]),
    ).toEqual(['Ivo Boer', 'Jan Boer', 'Jan de Boer', 'IJsbrand Boer'])
  })
})

describe('name formatting', () => {
  it('formats the full name without double spaces', () => {
    expect(formatFullName(person('Jan', 'van der', 'Berg'))).toBe(
      'Jan van der Berg',
    )
    expect(formatFullName(person(' Sanne ', '', 'Bakker'))).toBe('Sanne Bakker')
  })

  it('formats the sort name with the tussenvoegsel after the voornaam', () => {
    expect(formatSortName(person('Jan', 'van der', 'Berg'))).toBe(
      'Berg, Jan van der',
    )
    expect(formatSortName(person('Sanne', '', 'Bakker'))).toBe('Bakker, Sanne')
    expect(formatSortName(person('Tim', '', 'van Dijk'))).toBe('Dijk, Tim van')
    expect(formatSortName(person('', '', 'Jansen'))).toBe('Jansen')
  })
})
