import { z } from 'zod'

// The rule for an activiteit's text, shared by the form and lib/
// (client-safe).
export const OMSCHRIJVING_MIN = 3
export const OMSCHRIJVING_MAX = 300

export const omschrijvingField = z
  .string()
  .trim()
  .min(
    OMSCHRIJVING_MIN,
    `Beschrijf de activiteit in minstens ${OMSCHRIJVING_MIN} tekens.`,
  )
  .max(
    OMSCHRIJVING_MAX,
    `Een activiteit beschrijf je in hooguit ${OMSCHRIJVING_MAX} tekens.`,
  )

// For lib/: the same check on input that did not come through a form.
export function parseOmschrijving(value: string) {
  const result = omschrijvingField.safeParse(value)

  if (!result.success) {
    return { ok: false as const, message: result.error.issues[0].message }
  }

  return { ok: true as const, omschrijving: result.data }
}
