import { z } from 'zod'

import { todayInAmsterdam } from '@/lib/periodes/closing'
import { findSetupProblems } from '@/lib/periodes/setup-rules'

// The set-up forms' fields, parsed alike in the browser and on the server.
// Rules that need the database (the dates' order, the werkprocessen of the
// kwalificatie) are checked in lib/periodes.

// A real day in this century: a typo like 0202 or 2207 is caught here.
function isValidDatum(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^(20\d\d|2100)-\d{2}-\d{2}$/.test(value) &&
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value
  )
}

const datum = (label: string) =>
  z.string().trim().refine(isValidDatum, `Vul een geldige ${label} in.`)

const idList = z
  .string()
  .optional()
  .transform((value) => (value ? value.split(',').filter(Boolean) : []))

// A missing field (an unticked radio group) gets the same message as an
// empty one.
const required = (message: string) =>
  z.string({ error: message }).min(1, message)

const optionalId = z
  .string()
  .optional()
  .transform((value) => value || undefined)

const version = z.coerce
  .number({
    error: 'Laad de pagina opnieuw en probeer het nog een keer.',
  })
  .int('Laad de pagina opnieuw en probeer het nog een keer.')

export const periodeSetupFields = {
  startdatum: datum('startdatum'),
  einddatum: datum('einddatum'),
  urenAfgesproken: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => !value || /^\d{1,4}$/.test(value),
      'Vul het aantal uren in als heel getal, zonder komma (of laat het leeg).',
    )
    .transform((value) => (value ? Number(value) : null)),
  kerntaken: idList,
  werkprocessen: idList,
}

type SetupValues = {
  startdatum: string
  einddatum: string
  kerntaken: string[]
  werkprocessen: string[]
}

// The rules of lib/periodes/setup-rules.ts, reported together with any
// format errors so one submit shows every problem. lib/ checks them again
// once the kerntaken are expanded to their werkprocessen.
function addSetupProblems(values: SetupValues, ctx: z.RefinementCtx) {
  const problems = findSetupProblems({
    startdatum: values.startdatum,
    einddatum: values.einddatum,
    werkprocesIds: [...values.kerntaken, ...values.werkprocessen],
    today: todayInAmsterdam(),
  })

  for (const [field, messages] of Object.entries(problems)) {
    for (const message of messages) {
      ctx.addIssue({ code: 'custom', path: [field], message })
    }
  }
}

const hasReadableSetup = ({ value }: { value: unknown }) => {
  const values = value as Partial<Record<keyof SetupValues, unknown>>
  return (
    isValidDatum(values?.startdatum) &&
    isValidDatum(values?.einddatum) &&
    Array.isArray(values?.kerntaken) &&
    Array.isArray(values?.werkprocessen)
  )
}

export const createPeriodeSchema = z
  .object({
    ...periodeSetupFields,
    kwalificatieId: required('Kies een kwalificatie.'),
    locatie: z.enum(['leerbedrijf', 'school'], {
      error: 'Kies waar de praktijk plaatsvindt.',
    }),
    studentId: optionalId,
    begeleiderId: optionalId,
    beoordelaarId: optionalId,
  })
  .superRefine(addSetupProblems, { when: hasReadableSetup })

export const updatePeriodeSchema = z
  .object({
    ...periodeSetupFields,
    version,
    begeleiderId: optionalId,
  })
  .superRefine(addSetupProblems, { when: hasReadableSetup })

export const choosePraktijkopleiderSchema = z.object({
  version,
  leerbedrijfId: required('Kies eerst een leerbedrijf.'),
  praktijkopleiderId: required('Kies een praktijkopleider.'),
})

export const chooseBeoordelaarSchema = z.object({
  version,
  beoordelaarId: required('Kies een BPV-beoordelaar.'),
})
