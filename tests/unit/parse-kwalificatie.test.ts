import { describe, expect, it } from 'vitest'

import { parseKwalificatie } from '@/lib/kwalificaties/parse-kwalificatie'

const encode = (text: string) => new TextEncoder().encode(text)

const dossier = {
  crebo: '25187',
  naam: 'Medewerker ICT-support',
  niveau: 3,
  versie: '2025',
  kerntaken: [
    {
      code: 'B1-K1',
      titel: 'Kerntaak een',
      werkprocessen: [
        { code: 'B1-K1-W1', titel: 'Eerste' },
        { code: 'B1-K1-W2', titel: 'Tweede' },
      ],
    },
  ],
}

describe('parseKwalificatie', () => {
  it('reads a JSON dossier', () => {
    const parsed = parseKwalificatie({
      bytes: encode(JSON.stringify(dossier)),
      fileName: 'dossier.json',
    })

    expect(parsed).toEqual({
      ok: true,
      dossier: { ...dossier, geldigVanaf: null },
    })
  })

  it('reads the same dossier from CSV rows', () => {
    const csv =
      'Crebo;Naam;Niveau;Versie;Kerntaakcode;Kerntaaktitel;Werkprocescode;Werkprocestitel\n' +
      '25187;Medewerker ICT-support;3;2025;B1-K1;Kerntaak een;B1-K1-W1;Eerste\n' +
      '25187;Medewerker ICT-support;3;2025;B1-K1;Kerntaak een;B1-K1-W2;Tweede\n'

    expect(
      parseKwalificatie({ bytes: encode(csv), fileName: 'dossier.csv' }),
    ).toEqual({ ok: true, dossier: { ...dossier, geldigVanaf: null } })
  })

  it('names what is wrong in Dutch', () => {
    const broken = {
      ...dossier,
      crebo: '2518',
      kerntaken: [
        {
          code: 'B1-K1',
          titel: 'Kerntaak een',
          werkprocessen: [{ code: 'B1-K2-W1', titel: 'Verkeerde kerntaak' }],
        },
      ],
    }
    const parsed = parseKwalificatie({
      bytes: encode(JSON.stringify(broken)),
      fileName: 'x.json',
    })

    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems).toEqual([
      'Het crebonummer heeft 5 cijfers.',
      'Elke kerntaak heeft minstens twee werkprocessen.',
      'Werkproces B1-K2-W1 hoort niet bij kerntaak B1-K1.',
    ])
  })

  it('refuses codes that appear twice and unreadable JSON', () => {
    const twice = {
      ...dossier,
      kerntaken: [
        {
          ...dossier.kerntaken[0],
          werkprocessen: [
            { code: 'B1-K1-W1', titel: 'Een' },
            { code: 'B1-K1-W1', titel: 'Nog eens' },
          ],
        },
      ],
    }

    expect(
      parseKwalificatie({
        bytes: encode(JSON.stringify(twice)),
        fileName: 'x.json',
      }),
    ).toEqual({
      ok: false,
      problems: ['Deze codes staan er dubbel in: B1-K1-W1.'],
    })
    expect(
      parseKwalificatie({ bytes: encode('{ kapot'), fileName: 'x.json' }),
    ).toEqual({ ok: false, problems: ['Dit JSON-bestand is niet leesbaar.'] })
  })
})
