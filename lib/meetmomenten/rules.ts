// Pure lock and completeness rules of a meetmoment; lib/ enforces them before
// writing and the database triggers enforce them again.

export function findUnratedWerkprocessen<T extends { id: string }>(
  werkprocessen: readonly T[],
  savedScores: readonly { werkprocesId: string }[],
): T[] {
  const rated = new Set(savedScores.map((score) => score.werkprocesId))

  return werkprocessen.filter((werkproces) => !rated.has(werkproces.id))
}

export const REFLECTIE_VRAGEN = {
  watGingGoed: 'Wat ging goed?',
  watWasLastig: 'Wat vond je lastig?',
  watGeleerd: 'Wat heb je geleerd?',
  volgendeStap: 'Wat ga je nu verder oefenen of anders doen?',
} as const

export type ReflectieVeld = keyof typeof REFLECTIE_VRAGEN

export type ReflectieInhoud = Record<ReflectieVeld, string>

// Zero-width characters count as empty too: they show as nothing.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g

export function findEmptyReflectieVelden(
  inhoud: ReflectieInhoud,
): ReflectieVeld[] {
  return (Object.keys(REFLECTIE_VRAGEN) as ReflectieVeld[]).filter(
    (veld) => inhoud[veld].replace(INVISIBLE, '').trim() === '',
  )
}
