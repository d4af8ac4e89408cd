import { describe, expect, it } from 'vitest'

import { parseZoekterm, toZoeknaam } from '@/lib/leerbedrijven/search-text'

describe('leerbedrijf search text', () => {
  it('drops case, accents and punctuation', () => {
    expect(toZoeknaam('Bakkerij Élan B.V.')).toBe('bakkerij elan b v')
    expect(toZoeknaam('  Café  "De Zoete Inval"  ')).toBe('cafe de zoete inval')
    expect(toZoeknaam('IJssel-Techniek')).toBe('ijssel techniek')
  })

  it('reads digits as an id or code and words as name parts', () => {
    expect(parseZoekterm(' 100012345 ')).toEqual({
      kind: 'nummer',
      value: '100012345',
    })
    expect(parseZoekterm('Élan hold')).toEqual({
      kind: 'naam',
      words: ['elan', 'hold'],
    })
    expect(parseZoekterm('a')).toEqual({ kind: 'leeg' })
    expect(parseZoekterm('%_')).toEqual({ kind: 'leeg' })
  })

  it('reads grouped digits as one code and ignores a legal form without dots', () => {
    expect(parseZoekterm('100 023 456')).toEqual({
      kind: 'nummer',
      value: '100023456',
    })
    expect(parseZoekterm('Codewerf BV')).toEqual({
      kind: 'naam',
      words: ['codewerf'],
    })
    expect(parseZoekterm('VOF')).toEqual({ kind: 'naam', words: ['vof'] })
  })
})
