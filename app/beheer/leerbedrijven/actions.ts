'use server'

import { AppError } from '@/lib/errors'
import { handleFileAction, handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { parseLeerbedrijvenCsv } from '@/lib/leerbedrijven/parse-leerbedrijven-csv'
import { saveLeerbedrijven } from '@/lib/leerbedrijven/save-leerbedrijven'

import { leerbedrijfSchema } from './schema'

const MAX_BYTES = 20 * 1024 * 1024

export async function saveLeerbedrijfAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: leerbedrijfSchema,
    run: async ({ actor, data: { modus, ...leerbedrijf } }) => {
      await saveLeerbedrijven({
        actorId: actor.id,
        leerbedrijven: [leerbedrijf],
        isNewOnly: modus === 'nieuw',
      })

      return {
        message: `${leerbedrijf.naam} is opgeslagen.`,
        revalidate: '/beheer/leerbedrijven',
      }
    },
  })
}

export async function importLeerbedrijvenAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFileAction(formData, {
    maxBytes: MAX_BYTES,
    run: async ({ actor, file }) => {
      const { rows, problems } = parseLeerbedrijvenCsv(file.bytes)

      if (rows.length === 0) {
        throw new AppError(
          'INVALID',
          problems.join(' ') || 'Er staan geen leerbedrijven in.',
        )
      }

      const saved = await saveLeerbedrijven({
        actorId: actor.id,
        leerbedrijven: rows,
      })
      const skipped = problems.length
        ? ` ${problems.length} regel(s) overgeslagen: ${problems.slice(0, 5).join(' ')}${problems.length > 5 ? ' …' : ''}`
        : ''

      return {
        message: `${saved} leerbedrijven opgeslagen.${skipped}`,
        revalidate: '/beheer/leerbedrijven',
      }
    },
  })
}
