'use server'

import { revalidatePath } from 'next/cache'

import { getActor } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { parseLeerbedrijvenCsv } from '@/lib/leerbedrijven/parse-leerbedrijven-csv'
import { saveLeerbedrijven } from '@/lib/leerbedrijven/save-leerbedrijven'
import { createLogger } from '@/lib/logger'
import { readUploadedFile } from '@/lib/uploaded-file'

import { leerbedrijfSchema } from './schema'

const log = createLogger('leerbedrijven-action')

const MAX_BYTES = 20 * 1024 * 1024

export async function saveLeerbedrijfAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: leerbedrijfSchema,
    run: async ({ actor, data }) => {
      await saveLeerbedrijven({ actorId: actor.id, leerbedrijven: [data] })

      return {
        message: `${data.naam} is opgeslagen.`,
        revalidate: '/beheer/leerbedrijven',
      }
    },
  })
}

export async function importLeerbedrijvenAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor()
  const fail = (message: string): FormState => ({
    status: 'error',
    message,
    fieldErrors: {},
    values: {},
  })

  if (!actor) {
    return fail('Je bent niet meer ingelogd. Log opnieuw in.')
  }

  const file = await readUploadedFile(formData, { maxBytes: MAX_BYTES })
  if (!file.ok) {
    return fail(file.message)
  }

  const { rows, problems } = parseLeerbedrijvenCsv(file.bytes)
  if (rows.length === 0) {
    return fail(problems.join(' ') || 'Er staan geen leerbedrijven in.')
  }

  let saved: number
  try {
    saved = await saveLeerbedrijven({ actorId: actor.id, leerbedrijven: rows })
  } catch (error) {
    if (error instanceof AppError) {
      return fail(error.message)
    }
    log.error('leerbedrijven import failed', error)

    return fail('Het importeren is mislukt; er is niets opgeslagen.')
  }
  revalidatePath('/beheer/leerbedrijven')

  const skipped = problems.length
    ? ` ${problems.length} regel(s) overgeslagen: ${problems.slice(0, 5).join(' ')}${problems.length > 5 ? ' …' : ''}`
    : ''

  return {
    status: 'success',
    message: `${saved} leerbedrijven opgeslagen.${skipped}`,
    fieldErrors: {},
    values: {},
  }
}
