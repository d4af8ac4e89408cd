import { describe, expect, it } from 'vitest'

import {
  generateGroepscode,
  isValidGroepscodeFormat,
  normalizeGroepscode,
} from '@/lib/groepen/groepscode'

describe('groepscode', () => {
  it('is 8 characters without look-alikes', () => {
    for (let index = 0; index < 200; index += 1) {
      const code = generateGroepscode()

      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
      expect(code).not.toMatch(/[01OIl]/)
      expect(isValidGroepscodeFormat(code)).toBe(true)
    }
  })

  it('uses every character of the alphabet', () => {
    const seen = new Set(
      Array.from({ length: 500 }, () => generateGroepscode()).join(''),
    )

    expect(seen.size).toBe(32)
  })

  it('gives 10,000 different codes', () => {
    const codes = new Set(
      Array.from({ length: 10_000 }, () => generateGroepscode()),
    )

    expect(codes.size).toBe(10_000)
  })

  it('accepts a code typed in lower case, with spaces or dashes', () => {
    expect(normalizeGroepscode(' dmx7 k4pq ')).toBe('DMX7K4PQ')
    expect(normalizeGroepscode('DMX7-K4PQ')).toBe('DMX7K4PQ')
    expect(normalizeGroepscode('dmx7\u2013k4pq')).toBe('DMX7K4PQ')
    expect(isValidGroepscodeFormat(normalizeGroepscode('dmx7 k4pq'))).toBe(true)
  })

  it('rejects codes of the wrong length or with look-alikes', () => {
    expect(isValidGroepscodeFormat('DMX7K4P')).toBe(false)
    expect(isValidGroepscodeFormat('DMX7K4PQR')).toBe(false)
    expect(isValidGroepscodeFormat('DMX0K4PQ')).toBe(false)
    expect(isValidGroepscodeFormat('DMXOK4PQ')).toBe(false)
    expect(isValidGroepscodeFormat('DMX1K4PQ')).toBe(false)
    expect(isValidGroepscodeFormat('DMXIK4PQ')).toBe(false)
    expect(isValidGroepscodeFormat('dmx7k4pq')).toBe(false)
    expect(isValidGroepscodeFormat('')).toBe(false)
  })
})
