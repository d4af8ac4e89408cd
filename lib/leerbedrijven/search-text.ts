// How names are compared when searching: lower case, accents and
// punctuation dropped ("Bakkerij Élan B.V." → "bakkerij elan b v").
export function toZoeknaam(value: string) {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const LEGAL_FORMS = new Set(['bv', 'nv', 'vof', 'cv'])

export type Zoekterm =
  | { kind: 'nummer'; value: string }
  | { kind: 'naam'; words: string[] }
  | { kind: 'leeg' }

// One search field takes a name (or parts of it), a leerbedrijf-ID or a
// Stagemarkt code.
export function parseZoekterm(input: string): Zoekterm {
  const trimmed = input.trim()

  // Codes are often typed in groups: "100 023 456".
  if (/^\d[\d .]*$/.test(trimmed)) {
    return { kind: 'nummer', value: trimmed.replace(/\D/g, '') }
  }

  const words = toZoeknaam(trimmed).split(' ').filter(Boolean)
  // "BV" or "VOF" without dots does not match "B.V." as stored; the name
  // itself finds the company.
  const nameWords = words.filter((word) => !LEGAL_FORMS.has(word))
  const searchWords = nameWords.length > 0 ? nameWords : words

  return searchWords.join('').length >= 2
    ? { kind: 'naam', words: searchWords }
    : { kind: 'leeg' }
}
