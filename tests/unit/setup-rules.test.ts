import { describe, expect, it } from 'vitest'

import {
  canChangeSetup,
  expandWerkprocesSelection,
  findSetupProblems,
  isPeriodeReady,
} from '@/lib/periodes/setup-rules'

const kerntaken = [
  { id: 'k1', werkprocessen: [{ id: 'w1' }, { id: 'w2' }, { id: 'w3' }] },
  { id: 'k2', werkprocessen: [{ id: 'w4' }, { id: 'w5' }] },
]

describe('expandWerkprocesSelection', () => {
  it('takes a whole kerntaak with one tick and adds single werkprocessen', () => {
    expect(
      expandWerkprocesSelection({
        kerntaken,
        kerntaakIds: ['k1'],
        werkprocesIds: ['w5', 'w2'],
      }),
    ).toEqual(['w1', 'w2', 'w3', 'w5'])
  })

  it('ignores ids that are not in this kwalificatie', () => {
    expect(
      expandWerkprocesSelection({
        kerntaken,
        kerntaakIds: ['elders'],
        werkprocesIds: ['w9'],
      }),
    ).toEqual([])
  })
})

describe('findSetupProblems', () => {
  it('wants the einddatum after the startdatum and one werkproces', () => {
    expect(
      findSetupProblems({
        startdatum: '2027-03-01',
        einddatum: '2027-03-01',
        werkprocesIds: [],
        today: '2027-01-01',
      }),
    ).toEqual({
      einddatum: ['De einddatum moet na de startdatum liggen.'],
      werkprocessen: ['Kies minstens één werkproces.'],
    })
    expect(
      findSetupProblems({
        startdatum: '2027-02-28',
        einddatum: '2027-03-01',
        werkprocesIds: ['w1'],
        today: '2027-02-27',
      }),
    ).toEqual({})
  })

  it('refuses an einddatum that has already come', () => {
    expect(
      findSetupProblems({
        startdatum: '2027-01-01',
        einddatum: '2027-03-01',
        werkprocesIds: ['w1'],
        today: '2027-03-01',
      }).einddatum,
    ).toHaveLength(1)
  })
})

describe('canChangeSetup and isPeriodeReady', () => {
  it('allows changes only before work starts and before closing', () => {
    expect(canChangeSetup({ status: 'nieuw', hasWorkStarted: false })).toBe(
      true,
    )
    expect(canChangeSetup({ status: 'open', hasWorkStarted: true })).toBe(false)
    expect(
      canChangeSetup({ status: 'afgesloten', hasWorkStarted: false }),
    ).toBe(false)
  })

  it('is ready when the person who rates the student is chosen', () => {
    expect(
      isPeriodeReady({
        locatie: 'leerbedrijf',
        praktijkopleiderId: null,
        beoordelaarId: 'b',
      }),
    ).toBe(false)
    expect(
      isPeriodeReady({
        locatie: 'school',
        praktijkopleiderId: null,
        beoordelaarId: 'b',
      }),
    ).toBe(true)
  })
})
