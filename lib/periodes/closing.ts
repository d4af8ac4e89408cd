// The one closing rule: a praktijkperiode is afgesloten from 00:00
// Europe/Amsterdam on its einddatum. Dates are 'YYYY-MM-DD' strings, so
// comparing them as text compares them as days, in any server time zone.

export type PeriodeStatus = 'nieuw' | 'open' | 'afgesloten'

const amsterdamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

export function todayInAmsterdam(now: Date = new Date()) {
  return amsterdamDate.format(now)
}

export function getPeriodeStatus(
  { startdatum, einddatum }: { startdatum: string; einddatum: string },
  now: Date = new Date(),
): PeriodeStatus {
  const today = todayInAmsterdam(now)

  if (today >= einddatum) {
    return 'afgesloten'
  }
  if (today < startdatum) {
    return 'nieuw'
  }

  return 'open'
}

export function isPeriodeAfgesloten(
  periode: { startdatum: string; einddatum: string },
  now: Date = new Date(),
) {
  return getPeriodeStatus(periode, now) === 'afgesloten'
}

// Open and new periodes on top (newest start first), afgesloten ones below.
export function sortPeriodes<
  T extends { startdatum: string; einddatum: string },
>(periodes: T[], now: Date = new Date()): T[] {
  return [...periodes].sort((a, b) => {
    const aClosed = isPeriodeAfgesloten(a, now) ? 1 : 0
    const bClosed = isPeriodeAfgesloten(b, now) ? 1 : 0

    if (aClosed !== bClosed) {
      return aClosed - bClosed
    }

    return b.startdatum.localeCompare(a.startdatum)
  })
}
