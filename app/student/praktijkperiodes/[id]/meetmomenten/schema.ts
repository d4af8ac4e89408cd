import { z } from 'zod'

import { SCHAALWAARDEN } from '@/lib/meetmomenten/schaal'

const MAX_TEXT = 5000
const tooLong = `Gebruik hooguit ${MAX_TEXT} tekens.`

const ids = {
  periodeId: z.uuid(),
  meetmomentId: z.uuid(),
}

const werkplan = {
  afspraken: z
    .string()
    .trim()
    .min(1, 'Vul je afspraken en leerdoel in.')
    .max(MAX_TEXT, tooLong),
  acties: z.string().trim().max(MAX_TEXT, tooLong),
}

export const createMeetmomentSchema = z.object({
  periodeId: ids.periodeId,
  requestId: z.uuid(),
  ...werkplan,
})

export const saveWerkplanSchema = z.object({
  ...ids,
  version: z.coerce.number().int().min(1),
  ...werkplan,
})

export const saveScoreSchema = z.object({
  ...ids,
  werkprocesId: z.uuid(),
  waarde: z.enum(SCHAALWAARDEN, 'Kies nooit, oefenen, voldoende of goed.'),
  version: z.coerce.number().int().min(0),
})

export const finalizeSchema = z.object(ids)

const reflectieVeld = z.string().trim().max(MAX_TEXT, tooLong)

export const saveReflectieSchema = z.object({
  ...ids,
  version: z.coerce.number().int().min(0),
  intent: z.enum(['save', 'finalize']),
  watGingGoed: reflectieVeld,
  watWasLastig: reflectieVeld,
  watGeleerd: reflectieVeld,
  volgendeStap: reflectieVeld,
})
