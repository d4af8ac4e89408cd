import { z } from 'zod'

// The set-up forms' fields, parsed alike in the browser and on the server.
// Rules that need the database (the dates' order, the werkprocessen of the
// kwalificatie) are checked in lib/periodes.

const datum = (label: string) =>
  z
    .string()
    .trim()
    .refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value,
      `Vul een geldige ${label} in.`,
    )

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

export const createPeriodeSchema = z.object({
  ...periodeSetupFields,
  kwalificatieId: required('Kies een kwalificatie.'),
  locatie: z.enum(['leerbedrijf', 'school'], {
    error: 'Kies waar de praktijk plaatsvindt.',
  }),
  studentId: optionalId,
  begeleiderId: optionalId,
  beoordelaarId: optionalId,
})

export const updatePeriodeSchema = z.object({
  ...periodeSetupFields,
  version,
  begeleiderId: optionalId,
})

export const choosePraktijkopleiderSchema = z.object({
  version,
  leerbedrijfId: required('Kies eerst een leerbedrijf.'),
  praktijkopleiderId: required('Kies een praktijkopleider.'),
})

export const chooseBeoordelaarSchema = z.object({
  version,
  beoordelaarId: required('Kies een BPV-beoordelaar.'),
})
