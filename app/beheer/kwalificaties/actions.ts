'use server'

import { AppError } from '@/lib/errors'
import { handleFileAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { importKwalificatie } from '@/lib/kwalificaties/import-kwalificatie'
import { parseKwalificatie } from '@/lib/kwalificaties/parse-kwalificatie'

const MAX_BYTES = 1024 * 1024

function telwoord(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`
}

export async function importKwalificatieAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFileAction(formData, {
    maxBytes: MAX_BYTES,
    run: async ({ actor, file }) => {
      const parsed = parseKwalificatie({
        bytes: file.bytes,
        fileName: file.name,
      })

      if (!parsed.ok) {
        throw new AppError('INVALID', parsed.problems.join(' '))
      }

      const { dossier } = parsed
      await importKwalificatie({ actorId: actor.id, dossier })
      const werkprocessen = dossier.kerntaken.flatMap((k) => k.werkprocessen)

      return {
        message:
          `${dossier.naam} (${dossier.crebo}, versie ${dossier.versie}) is ` +
          `geïmporteerd met ${telwoord(dossier.kerntaken.length, 'kerntaak', 'kerntaken')} en ` +
          `${telwoord(werkprocessen.length, 'werkproces', 'werkprocessen')}.`,
        revalidate: '/beheer/kwalificaties',
      }
    },
  })
}
