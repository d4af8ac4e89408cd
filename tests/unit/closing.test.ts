import { afterEach, describe, expect, it } from 'vitest'

import {
  getPeriodeStatus,
  sortPeriodes,
  todayInAmsterdam,
} from '@/lib/periodes/closing'

const originalTz = process.env.TZ

afterEach(() => {
  process.env.TZ = originalTz
})

const periode = (startdatum: string, einddatum: string) => ({
  startdatum,
  einddatum,
})

describe('closing rule', () => {
  for (const tz of ['UTC', 'Pacific/Auckland', 'America/Los_Angeles']) {
    describe(`with the server in ${tz}`, () => {
      it('closes at 00:00 Amsterdam time on the einddatum', () => {
        process.env.TZ = tz
        const p = periode('2026-09-01', '2026-12-05')

        // 23:59 on 4 December in Amsterdam (CET, UTC+1).
        expect(getPeriodeStatus(p, new Date('2026-12-04T22:59:00Z'))).toBe(
          'open',
        )
        // 00:00 on 5 December in Amsterdam.
        expect(getPeriodeStatus(p, new Date('2026-12-04T23:00:00Z'))).toBe(
          'afgesloten',
        )
      })

      it('handles an einddatum right after the switch to summer time', () => {
        process.env.TZ = tz
        // Summer time starts on Sunday 28 March 2027 (UTC+2 afterwards).
        const p = periode('2027-01-01', '2027-03-29')

        expect(getPeriodeStatus(p, new Date('2027-03-28T21:59:00Z'))).toBe(
          'open',
        )
        expect(getPeriodeStatus(p, new Date('2027-03-28T22:00:00Z'))).toBe(
          'afgesloten',
        )
      })

      it('handles an einddatum on the last Sunday of October', () => {
        process.env.TZ = tz
        // Winter time starts on Sunday 25 October 2026 at 03:00 CEST.
        const p = periode('2026-09-01', '2026-10-25')

        expect(getPeriodeStatus(p, new Date('2026-10-24T21:59:00Z'))).toBe(
          'open',
        )
        expect(getPeriodeStatus(p, new Date('2026-10-24T22:00:00Z'))).toBe(
          'afgesloten',
        )
      })
    })
  }

  it('is nieuw before the startdatum and open from it', () => {
    const p = periode('2026-12-07', '2027-02-01')

    expect(getPeriodeStatus(p, new Date('2026-12-06T12:00:00Z'))).toBe('nieuw')
    expect(getPeriodeStatus(p, new Date('2026-12-07T12:00:00Z'))).toBe('open')
  })

  it('reads today in Amsterdam, not in the server zone', () => {
    process.env.TZ = 'Pacific/Auckland'

    expect(todayInAmsterdam(new Date('2026-12-31T23:30:00Z'))).toBe(
      '2027-01-01',
    )
    expect(todayInAmsterdam(new Date('2026-12-31T22:30:00Z'))).toBe(
      '2026-12-31',
    )
  })

  it('lists open and new periodes first, newest start first', () => {
    const now = new Date('2026-12-04T12:00:00Z')
    const sorted = sortPeriodes(
      [
        { id: 'oud', ...periode('2025-01-01', '2025-06-01') },
        { id: 'lopend', ...periode('2026-10-01', '2027-01-01') },
        { id: 'nieuw', ...periode('2027-01-05', '2027-06-01') },
        { id: 'net-dicht', ...periode('2026-06-01', '2026-12-04') },
      ],
      now,
    )

    expect(sorted.map((p) => p.id)).toEqual([
      'nieuw',
      'lopend',
      'net-dicht',
      'oud',
    ])
  })
})
