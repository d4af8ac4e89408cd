import { describe, expect, it } from 'vitest'

import { updatePeriodeSchema } from '@/components/periode/setup-schema'

function fieldsWithErrors(input: Record<string, string>) {
  const result = updatePeriodeSchema.safeParse({ version: '1', ...input })

  return result.success
    ? []
    : [...new Set(result.error.issues.map((issue) => String(issue.path[0])))]
}

describe('the set-up form schema', () => {
  it('reports every problem of one submit at once', () => {
    expect(
      fieldsWithErrors({
        startdatum: '2030-03-01',
        einddatum: '2030-02-01',
        urenAfgesproken: '40,5',
      }).sort(),
    ).toEqual(['einddatum', 'urenAfgesproken', 'werkprocessen'])
  })

  it('refuses days that do not exist or lie outside this century', () => {
    for (const startdatum of ['0000-01-01', '2207-01-01', '2030-02-30']) {
      expect(
        fieldsWithErrors({
          startdatum,
          einddatum: '2030-06-30',
          werkprocessen: 'w1',
        }),
        startdatum,
      ).toContain('startdatum')
    }
  })

  it('accepts a whole kerntaak as the selection', () => {
    expect(
      fieldsWithErrors({
        startdatum: '2030-03-01',
        einddatum: '2030-06-30',
        urenAfgesproken: '',
        kerntaken: 'k1',
      }),
    ).toEqual([])
  })
})
