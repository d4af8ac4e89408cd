// Dutch name order for lists of people: by achternaam without its
// tussenvoegsel ("van der Berg" under B), then voornaam, then tussenvoegsel,
// ignoring case and accents, with a leading "IJ" sorted as the letter Y.

export type PersonName = {
  voornaam: string
  tussenvoegsel: string
  achternaam: string
}

// Lower-case voorvoegsels from the Dutch civil registry (BRP table 36) that
// people type into the achternaam field by mistake. Capitalised ones stay: a
// Flemish "Van Damme" belongs under V.
const TUSSENVOEGSELS = [
  "'s",
  "'t",
  'aan',
  'aan de',
  'aan den',
  'aan der',
  'aan het',
  "aan 't",
  'al',
  'auf',
  'auf dem',
  'auf den',
  'auf der',
  'aus',
  'aus dem',
  'aus den',
  'aus der',
  'ben',
  'bij',
  'bij de',
  'bij den',
  'bij het',
  "bij 't",
  'bin',
  "d'",
  'da',
  'dal',
  'dalla',
  'das',
  'de',
  'de la',
  'de las',
  'de le',
  'de los',
  "de l'",
  'degli',
  'dei',
  'del',
  'della',
  'den',
  'der',
  'des',
  'di',
  'do',
  'dos',
  'du',
  'el',
  'het',
  'in',
  'in de',
  'in den',
  'in der',
  'in het',
  "in 't",
  "l'",
  'la',
  'las',
  'le',
  'les',
  'los',
  'op',
  'op de',
  'op den',
  'op het',
  "op 't",
  'op ten',
  'over',
  'over de',
  'over het',
  "over 't",
  'te',
  'ten',
  'ter',
  'thoe',
  'tot',
  'uit',
  'uit de',
  'uit den',
  'uit het',
  "uit 't",
  'uit te de',
  'uit ten',
  'van',
  "van 't",
  'van de',
  'van den',
  'van der',
  'van het',
  'van la',
  'van ter',
  'van van de',
  'ver',
  'vom',
  'von',
  'von dem',
  'von den',
  'von der',
  'voor',
  'voor de',
  'voor den',
  "voor 't",
  'zu',
  'zum',
  'zur',
]

// Longest first, so "van der" wins over "van". Straight and curly apostrophes
// both match, as Excel turns one into the other; "d'" may touch the name.
const LEADING_TUSSENVOEGSEL = new RegExp(
  `^(${[...TUSSENVOEGSELS]
    .sort((a, b) => b.length - a.length)
    .map((prefix) => prefix.replaceAll("'", "['’]").replaceAll(' ', '\\s+'))
    .join('|')})(?:\\s+|(?<=['’])(?=\\p{L}))`,
  'u',
)

// "IJ" is one letter in Dutch and name lists put it with the Y. A vowel after
// it marks a name like "Ijaz", where i and j are two letters.
const LEADING_IJ = /^ij(?![aeiouy])/i

const nameCollator = new Intl.Collator('nl', { sensitivity: 'base' })
const exactCollator = new Intl.Collator('nl', { sensitivity: 'variant' })

function splitTussenvoegsel({ tussenvoegsel, achternaam }: PersonName) {
  const trimmedTussenvoegsel = tussenvoegsel.trim()
  const trimmedAchternaam = achternaam.trim()
  const match = LEADING_TUSSENVOEGSEL.exec(trimmedAchternaam)

  if (!match) {
    return {
      tussenvoegsel: trimmedTussenvoegsel,
      achternaam: trimmedAchternaam,
    }
  }

  return {
    tussenvoegsel: [trimmedTussenvoegsel, match[1]]
      .filter((part) => part !== '')
      .join(' '),
    achternaam: trimmedAchternaam.slice(match[0].length),
  }
}

function toSortKey(name: string) {
  return name.trim().normalize('NFD').replace(LEADING_IJ, 'y')
}

export function compareDutchNames(a: PersonName, b: PersonName): number {
  const left = splitTussenvoegsel(a)
  const right = splitTussenvoegsel(b)

  return (
    nameCollator.compare(
      toSortKey(left.achternaam),
      toSortKey(right.achternaam),
    ) ||
    nameCollator.compare(toSortKey(a.voornaam), toSortKey(b.voornaam)) ||
    nameCollator.compare(left.tussenvoegsel, right.tussenvoegsel) ||
    // Names that differ only in case or accents still get one fixed order.
    exactCollator.compare(formatSortName(a), formatSortName(b))
  )
}

// "Jan van der Berg"; empty parts leave no double spaces.
export function formatFullName({
  voornaam,
  tussenvoegsel,
  achternaam,
}: PersonName) {
  return [voornaam, tussenvoegsel, achternaam]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(' ')
}

// "Berg, Jan van der": the form for lists sorted with compareDutchNames.
export function formatSortName(name: PersonName) {
  const { tussenvoegsel, achternaam } = splitTussenvoegsel(name)
  const rest = [name.voornaam.trim(), tussenvoegsel]
    .filter((part) => part !== '')
    .join(' ')

  return rest === '' ? achternaam : `${achternaam}, ${rest}`
}

// People as choices for a form: Dutch name order, full names.
export function toPersonOptions(
  people: (PersonName & { id: string })[],
): { id: string; naam: string }[] {
  return [...people]
    .sort(compareDutchNames)
    .map((person) => ({ id: person.id, naam: formatFullName(person) }))
}
