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

export type Zoekterm =
  | { kind: 'nummer'; value: string }
  | { kind: 'naam'; words: string[] }
  | { kind: 'leeg' }

// One search field takes a name (or parts of it), a leerbedrijf-ID or a
// Stagemarkt code.
export function parseZoekterm(input: string): Zoekterm {
  const trimmed = input.trim()

  if (/^\d+$/.test(trimmed)) {
    return { kind: 'nummer', value: trimmed }
  }

  const words = toZoeknaam(trimmed).split(' ').filter(Boolean)

  return words.join('').length >= 2 ? { kind: 'naam', words } : { kind: 'leeg' }
}
