'use server'

import { z } from 'zod'

import { getActor } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import { createLogger } from '@/lib/logger'
import { readUploadedFile } from '@/lib/uploaded-file'
import {
  importStudents,
  previewStudentImport,
  type ImportPreview,
  type ImportResult,
} from '@/lib/onboarding/import-students'
import { parseStudentCsv } from '@/lib/onboarding/parse-student-csv'
import { revalidatePath } from 'next/cache'

const log = createLogger('import-action')

const MAX_BYTES = 1024 * 1024

export type ImportState = {
  status: 'idle' | 'preview' | 'done' | 'error'
  message: string
  preview: ImportPreview | null
  result: ImportResult | null
}

const inputSchema = z.object({
  groepId: z.uuid(),
  intent: z.enum(['preview', 'confirm']),
})

function errorState(message: string): ImportState {
  return { status: 'error', message, preview: null, result: null }
}

// Step one shows what would happen; step two, with the same file, writes it
// in one transaction. Nothing is stored between the two.
export async function importAction(
  _state: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const actor = await getActor()

  if (!actor) {
    return errorState('Je bent niet meer ingelogd. Log opnieuw in.')
  }

  const parsed = inputSchema.safeParse({
    groepId: formData.get('groepId'),
    intent: formData.get('intent'),
  })

  if (!parsed.success) {
    return errorState('Deze groep bestaat niet of is niet van jou.')
  }

  const file = await readUploadedFile(formData, { maxBytes: MAX_BYTES })
  if (!file.ok) {
    return errorState(file.message)
  }

  const { bytes } = file
  const { groepId, intent } = parsed.data

  try {
    if (intent === 'preview') {
      const preview = await previewStudentImport({
        actorId: actor.id,
        groepId,
        bytes,
      })

      return {
        status: preview.errors.length > 0 ? 'error' : 'preview',
        message: preview.errors.join(' '),
        preview,
        result: null,
      }
    }

    const { errors, rows } = parseStudentCsv(bytes)
    if (errors.length > 0) {
      return errorState(errors.join(' '))
    }
    const result = await importStudents({
      actorId: actor.id,
      actorNaam: actor.name,
      groepId,
      rows,
    })
    revalidatePath(`/begeleider/groepen/${groepId}`)

    return {
      status: 'done',
      message:
        `${result.nieuw} nieuwe student(en) uitgenodigd, ` +
        `${result.bestaand} bestaand(e) account(s) toegevoegd, ` +
        `${result.overgeslagen.length} regel(s) overgeslagen.`,
      preview: null,
      result,
    }
  } catch (error) {
    if (error instanceof AppError) {
      return errorState(error.message)
    }
    log.error('import failed', error, { groepId })

    return errorState(
      'Het importeren is mislukt; er is niets opgeslagen. Probeer het opnieuw.',
    )
  }
}
