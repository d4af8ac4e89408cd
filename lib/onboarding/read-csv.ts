// Reads a CSV file as a spreadsheet saves it: bytes to text, text to records,
// each with the row number the user sees in Excel. Knows nothing of students.

export type CsvSeparator = ';' | ',' | '\t'

export type CsvRecord = {
  line: number
  cells: string[]
}

export type CsvReadResult =
  { ok: true; records: CsvRecord[] } | { ok: false; error: string }

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]
const UTF16BE_BOM = [0xfe, 0xff]
// .xlsx and .ods are zip archives; old .xls files are OLE compound documents.
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0]

// Bytes 0x80-0x9f of Windows-1252, where it differs from Latin-1 (curly
// quotes, euro sign, dashes). Node 20's TextDecoder decodes 'windows-1252' as
// Latin-1 and leaves these as control characters, so they are mapped here.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021' +
  '\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014' +
  '\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

// Excel writes and reads a first line like "sep=;" and hides it from the user.
const SEPARATOR_DIRECTIVE = /^sep=([;,\t])[ ]*(?:\r\n|\r|\n|$)/i

function decodeWindows1252(bytes: Uint8Array) {
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(
      /[\u0080-\u009f]/g,
      (char) => WINDOWS_1252_HIGH[char.charCodeAt(0) - 0x80],
    )
}

function startsWithBytes(bytes: Uint8Array, prefix: readonly number[]) {
  return prefix.every((byte, index) => bytes[index] === byte)
}

export function decodeCsvBytes(bytes: Uint8Array) {
  // Excel's "Unicode-tekst" export is UTF-16 with a byte-order mark.
  if (startsWithBytes(bytes, UTF16LE_BOM)) {
    return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  }
  if (startsWithBytes(bytes, UTF16BE_BOM)) {
    return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  }

  const body = startsWithBytes(bytes, UTF8_BOM) ? bytes.subarray(3) : bytes

  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      body,
    )
  } catch {
    // Not valid UTF-8: older Excel saves CSV in the Windows code page.
    return decodeWindows1252(body)
  }
}

// Picks the separator that occurs most often, outside quotes, on the first
// line with content; a tie goes to ';' because Dutch Excel writes that.
export function detectCsvSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, '\t': 0, ',': 0 }
  let isQuoted = false
  let hasContent = false

  for (const char of text) {
    if (char === '"') {
      isQuoted = !isQuoted
      hasContent = true
    } else if (isQuoted) {
      continue
    } else if (char === '\n' || char === '\r') {
      if (hasContent) {
        break
      }
      counts[';'] = 0
      counts['\t'] = 0
      counts[','] = 0
    } else if (char === ';' || char === '\t' || char === ',') {
      counts[char] += 1
    } else if (char.trim() !== '') {
      hasContent = true
    }
  }

  const candidates: CsvSeparator[] = [';', '\t', ',']

  return candidates.reduce((best, candidate) =>
    counts[candidate] > counts[best] ? candidate : best,
  )
}

// Index of the quote that closes a quoted cell, skipping "" pairs; -1 if none.
function findClosingQuote(text: string, from: number) {
  let index = from

  for (;;) {
    const quote = text.indexOf('"', index)
    if (quote === -1 || text[quote + 1] !== '"') {
      return quote
    }
    index = quote + 2
  }
}

// RFC 4180, read leniently: a quote opens a quoted cell only at the start of
// a cell (spaces before it are dropped), text after a closing quote is kept,
// and CRLF, LF and a lone CR (old Mac Excel) all end a record.
export function splitCsvRecords(
  text: string,
  separator: CsvSeparator,
): CsvReadResult {
  const records: CsvRecord[] = []
  let cells: string[] = []
  let cell = ''
  let isQuotedCell = false
  let line = 1
  let index = 0

  while (index < text.length) {
    const char = text[index]

    if (char === '"' && !isQuotedCell && cell.trim() === '') {
      const closingQuote = findClosingQuote(text, index + 1)
      if (closingQuote === -1) {
        return {
          ok: false,
          error: `Op regel ${line} begint een waarde met een aanhalingsteken (") dat nergens wordt afgesloten. Verbeter die regel, of sla het bestand opnieuw op vanuit Excel.`,
        }
      }
      cell = text.slice(index + 1, closingQuote).replaceAll('""', '"')
      isQuotedCell = true
      index = closingQuote + 1
    } else if (char === separator) {
      cells.push(cell)
      cell = ''
      isQuotedCell = false
      index += 1
    } else if (char === '\n' || char === '\r') {
      cells.push(cell)
      records.push({ line, cells })
      cells = []
      cell = ''
      isQuotedCell = false
      line += 1
      index += char === '\r' && text[index + 1] === '\n' ? 2 : 1
    } else {
      cell += char
      index += 1
    }
  }

  if (cells.length > 0 || cell !== '') {
    cells.push(cell)
    records.push({ line, cells })
  }

  return { ok: true, records }
}

export function readCsv(bytes: Uint8Array): CsvReadResult {
  if (
    startsWithBytes(bytes, ZIP_SIGNATURE) ||
    startsWithBytes(bytes, OLE_SIGNATURE)
  ) {
    return {
      ok: false,
      error:
        'Dit is een werkmap (zoals .xlsx) en geen CSV-bestand. Kies in Excel "Opslaan als" en dan "CSV (gescheiden door lijstscheidingsteken)", en lees dat bestand in.',
    }
  }

  const text = decodeCsvBytes(bytes)
  const directive = SEPARATOR_DIRECTIVE.exec(text)

  if (directive) {
    return splitCsvRecords(
      text.slice(directive[0].length),
      directive[1] as CsvSeparator,
    )
  }

  return splitCsvRecords(text, detectCsvSeparator(text))
}

const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff]/g

// "E-mail adres", "Student nr." and "Tussenvoegsel(s)" all become plain
// lower-case letters and digits, without accents.
export function normalizeHeader(header: string) {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
}

export function cleanCell(value: string | undefined) {
  return (value ?? '')
    .replace(INVISIBLE_CHARACTERS, '')
    .replace(/\s+/g, ' ')
    .trim()
}

export function isEmptyRecord(record: CsvRecord) {
  return record.cells.every((cell) => cleanCell(cell) === '')
}

// The column of each field: the first of its synonyms (normalized, in order
// of preference) that the header row has.
export function findColumns<Field extends string>(
  headerCells: readonly string[],
  synonyms: Record<Field, readonly string[]>,
): Record<Field, number | undefined> {
  const normalized = headerCells.map(normalizeHeader)
  const columns = {} as Record<Field, number | undefined>

  for (const field of Object.keys(synonyms) as Field[]) {
    const synonym = synonyms[field].find((name) => normalized.includes(name))
    columns[field] =
      synonym === undefined ? undefined : normalized.indexOf(synonym)
  }

  return columns
}
