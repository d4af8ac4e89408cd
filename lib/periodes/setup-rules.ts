// Pure rules of a praktijkperiode's set-up; lib/ applies them before every
// write and the database's setup-lock triggers refuse a started periode again.

import { AppError } from '@/lib/errors'

import type { PeriodeStatus } from './closing'

export type Locatie = 'leerbedrijf' | 'school'

// The werkprocessen a form selected: single ticks plus every werkproces of a
// kerntaak ticked as a whole, in the dossier's order, without repeats.
export function expandWerkprocesSelection({
  kerntaken,
  kerntaakIds,
  werkprocesIds,
}: {
  kerntaken: readonly { id: string; werkprocessen: readonly { id: string }[] }[]
  kerntaakIds: readonly string[]
  werkprocesIds: readonly string[]
}): string[] {
  const wholeKerntaken = new Set(kerntaakIds)
  const single = new Set(werkprocesIds)

  return kerntaken.flatMap((kerntaak) =>
    kerntaak.werkprocessen
      .filter(
        (werkproces) =>
          wholeKerntaken.has(kerntaak.id) || single.has(werkproces.id),
      )
      .map((werkproces) => werkproces.id),
  )
}

// Field errors of the dates and the selection, in Dutch; empty when valid.
// `today` is the Amsterdam date: a periode whose einddatum has come is
// afgesloten, so setting one up that way would lock it at once.
export function findSetupProblems({
  startdatum,
  einddatum,
  werkprocesIds,
  today,
}: {
  startdatum: string
  einddatum: string
  werkprocesIds: readonly string[]
  today: string
}): Record<string, string[]> {
  const problems: Record<string, string[]> = {}

  if (einddatum <= startdatum) {
    problems.einddatum = ['De einddatum moet na de startdatum liggen.']
  } else if (einddatum <= today) {
    problems.einddatum = [
      'De einddatum moet na vandaag liggen: vanaf de einddatum is de periode afgesloten.',
    ]
  }
  if (werkprocesIds.length === 0) {
    problems.werkprocessen = ['Kies minstens één werkproces.']
  }

  return problems
}

// Set-up changes (edit, delete, choosing people) are possible until work
// starts in the periode, and never after it closed.
export function canChangeSetup({
  status,
  hasWorkStarted,
}: {
  status: PeriodeStatus
  hasWorkStarted: boolean
}) {
  return status !== 'afgesloten' && !hasWorkStarted
}

// Ready means the person who rates the student is known. Work starts only
// in a ready periode: once work starts the set-up is fixed, so a periode
// without its praktijkopleider or beoordelaar could never get one.
export function isPeriodeReady({
  locatie,
  praktijkopleiderId,
  beoordelaarId,
}: {
  locatie: Locatie
  praktijkopleiderId: string | null
  beoordelaarId: string | null
}) {
  return locatie === 'leerbedrijf'
    ? praktijkopleiderId !== null
    : beoordelaarId !== null
}

export function periodeNotReadyError() {
  return new AppError(
    'INVALID',
    'Deze praktijkperiode staat nog niet klaar. Kies eerst het leerbedrijf ' +
      'en de praktijkopleider, of bij praktijkles op school de ' +
      'BPV-beoordelaar.',
  )
}
