import { z } from 'zod'

import { omschrijvingField } from '@/lib/kwalificaties/activiteit-schema'

export const addActiviteitSchema = z.object({
  kwalificatieId: z.uuid(),
  werkprocesId: z.uuid(),
  omschrijving: omschrijvingField,
})

export const updateActiviteitSchema = z.object({
  kwalificatieId: z.uuid(),
  activiteitId: z.uuid(),
  version: z.coerce.number().int().min(1),
  omschrijving: omschrijvingField,
})

export const moveActiviteitSchema = z.object({
  kwalificatieId: z.uuid(),
  activiteitId: z.uuid(),
  richting: z.enum(['omhoog', 'omlaag']),
})

export const deleteActiviteitSchema = z.object({
  kwalificatieId: z.uuid(),
  activiteitId: z.uuid(),
})
