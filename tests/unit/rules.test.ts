import { describe, expect, it } from 'vitest'

import { safeCallbackPath, startPathForRoles } from '@/lib/auth/roles'
import { normalizeEmail } from '@/lib/auth/normalize-email'
import { hashPassword, verifyPassword } from '@/lib/auth/password'
import { addDays } from '@/lib/dates'
import {
  findEmptyReflectieVelden,
  findUnratedWerkprocessen,
} from '@/lib/meetmomenten/rules'

describe('meetmoment rules', () => {
  it('names the werkprocessen without a saved score', () => {
    const werkprocessen = [
      { id: 'a', code: 'B1-K1-W1' },
      { id: 'b', code: 'B1-K1-W2' },
      { id: 'c', code: 'B1-K1-W3' },
    ]

    expect(
      findUnratedWerkprocessen(werkprocessen, [
        { werkprocesId: 'a' },
        { werkprocesId: 'c' },
      ]).map((w) => w.code),
    ).toEqual(['B1-K1-W2'])
    expect(findUnratedWerkprocessen(werkprocessen, [])).toHaveLength(3)
  })

  it('treats a reflectie of spaces as empty', () => {
    expect(
      findEmptyReflectieVelden({
        watGingGoed: 'Veel',
        watWasLastig: '   ',
        watGeleerd: '\n',
        volgendeStap: '\u200b\u200b',
      }),
    ).toEqual(['watWasLastig', 'watGeleerd', 'volgendeStap'])
  })
})

describe('accounts', () => {
  it('treats addresses case- and space-insensitively', () => {
    expect(normalizeEmail(' Jan.Jansen@School.NL ')).toBe(
      'jan.jansen@school.nl',
    )
  })

  it('hashes passwords with a salt and verifies them', async () => {
    const first = await hashPassword('Geheim-1234')
    const second = await hashPassword('Geheim-1234')

    expect(first).not.toBe(second)
    expect(first.startsWith('scrypt$')).toBe(true)
    expect(await verifyPassword('Geheim-1234', first)).toBe(true)
    expect(await verifyPassword('geheim-1234', first)).toBe(false)
  })

  it('follows only same-site paths after login', () => {
    expect(safeCallbackPath('/student/praktijkperiodes/1')).toBe(
      '/student/praktijkperiodes/1',
    )
    expect(safeCallbackPath('https://evil.example')).toBeNull()
    expect(safeCallbackPath('//evil.example')).toBeNull()
    expect(safeCallbackPath('/api/auth/signout')).toBeNull()
    expect(safeCallbackPath('/\\evil.example/x')).toBeNull()
    expect(safeCallbackPath('/\t/evil.example')).toBeNull()
    expect(safeCallbackPath('/%5Cevil.example')).toBe('/%5Cevil.example')
  })

  it('sends each role to its own start page', () => {
    expect(startPathForRoles(['student'])).toBe('/student')
    expect(startPathForRoles(['bpv_beoordelaar'])).toBe('/praktijkopleider')
    expect(startPathForRoles(['bpv_begeleider', 'bpv_beoordelaar'])).toBe(
      '/praktijkopleider',
    )
    expect(startPathForRoles(['beheerder'])).toBe('/beheer')
  })
})

describe('dates', () => {
  it('adds days across a year end and a leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
  })
})
