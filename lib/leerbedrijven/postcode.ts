// Dutch postcodes are written "3511 AB": four digits, a space, two capitals.
// Anything else (a foreign postcode in an export) is kept as it came.
export function formatPostcode(value: string) {
  const trimmed = value.trim().toUpperCase()

  return trimmed.replace(/^(\d{4}) ?([A-Z]{2})$/, '$1 $2')
}
