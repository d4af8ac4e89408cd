'use server'

import { revalidatePath } from 'next/cache'

import { getActor } from '@/lib/auth/session'
import { AppError } from '@/lib/errors'
import type { FormState } from '@/lib/forms'
import { importKwalificatie } from '@/lib/kwalificaties/import-kwalificatie'
import { parseKwalificatie } from '@/lib/kwalificaties/parse-kwalificatie'
import { createLogger } from '@/lib/logger'
import { readUploadedFile } from '@/lib/uploaded-file'

const log = createLogger('kwalificaties-action')

const MAX_BYTES = 1024 * 1024

function stateOf(status: FormState['status'], message: string): FormState {
  return { status, message, fieldErrors: {}, values: {} }
}

export async function importKwalificatieAction(
  _state: FormState,
  formData: FormData,
): Promise<FormState> {
  const actor = await getActor()

  if (!actor) {
    return stateOf('error', 'Je bent niet meer ingelogd. Log opnieuw in.')
  }

  const file = await readUploadedFile(formData, { maxBytes: MAX_BYTES })
  if (!file.ok) {
    return stateOf('error', file.message)
  }

  const parsed = parseKwalificatie({ bytes: file.bytes, fileName: file.name })
  if (!parsed.ok) {
    return stateOf('error', parsed.problems.join(' '))
  }

  try {
    await importKwalificatie({ actorId: actor.id, dossier: parsed.dossier })
  } catch (error) {
    if (error instanceof AppError) {
      return stateOf('error', error.message)
    }
    log.error('kwalificatie import failed', error)

    return stateOf(
      'error',
      'Het importeren is mislukt; er is niets opgeslagen.',
    )
  }
  revalidatePath('/beheer/kwalificaties')

  const { dossier } = parsed
  const werkprocessen = dossier.kerntaken.flatMap((k) => k.werkprocessen)

  return stateOf(
    'success',
    `${dossier.naam} (${dossier.crebo}, versie ${dossier.versie}) is ` +
      `geïmporteerd met ${dossier.kerntaken.length} kerntaken en ` +
      `${werkprocessen.length} werkprocessen.`,
  )
}
