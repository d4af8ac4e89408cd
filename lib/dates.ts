// Calendar arithmetic on 'YYYY-MM-DD' strings, in UTC so no zone shifts a day.
export function addDays(date: string, days: number) {
  const value = new Date(`${date}T00:00:00Z`)
  value.setUTCDate(value.getUTCDate() + days)

  return value.toISOString().slice(0, 10)
}

const dutchDate = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})

const dutchDateTime = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
})

export function formatDatum(date: string) {
  return dutchDate.format(new Date(`${date}T00:00:00Z`))
}

export function formatTijdstip(moment: Date | string) {
  return dutchDateTime.format(new Date(moment))
}
