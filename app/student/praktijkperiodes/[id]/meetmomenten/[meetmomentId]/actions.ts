'use server'

import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { finalizeZelfevaluatie } from '@/lib/meetmomenten/finalize-zelfevaluatie'
import { saveReflectie } from '@/lib/meetmomenten/save-reflectie'
import { saveWerkplan } from '@/lib/meetmomenten/save-werkplan'
import { saveZelfevaluatieScore } from '@/lib/meetmomenten/save-zelfevaluatie-score'

import {
  finalizeSchema,
  saveReflectieSchema,
  saveScoreSchema,
  saveWerkplanSchema,
} from '../schema'

function meetmomentPath(ids: { periodeId: string; meetmomentId: string }) {
  return `/student/praktijkperiodes/${ids.periodeId}/meetmomenten/${ids.meetmomentId}`
}

export async function saveWerkplanAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: saveWerkplanSchema,
    run: async ({ actor, data }) => {
      await saveWerkplan({ actorId: actor.id, ...data })

      return {
        message: 'Werkplan opgeslagen.',
        revalidate: meetmomentPath(data),
      }
    },
  })
}

export async function saveScoreAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: saveScoreSchema,
    run: async ({ actor, data }) => {
      await saveZelfevaluatieScore({ actorId: actor.id, ...data })

      return { message: 'Opgeslagen.', revalidate: meetmomentPath(data) }
    },
  })
}

export async function finalizeAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: finalizeSchema,
    run: async ({ actor, data }) => {
      await finalizeZelfevaluatie({ actorId: actor.id, ...data })

      return {
        message: 'Je zelfevaluatie is vastgelegd.',
        revalidate: meetmomentPath(data),
      }
    },
  })
}

export async function saveReflectieAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: saveReflectieSchema,
    run: async ({ actor, data }) => {
      const { intent, periodeId, meetmomentId, version, ...inhoud } = data
      const isFinal = intent === 'finalize'
      await saveReflectie({
        actorId: actor.id,
        meetmomentId,
        version,
        inhoud,
        isFinal,
      })

      return {
        message: isFinal
          ? 'Je reflectie is vastgelegd.'
          : 'Reflectie opgeslagen. Je kunt hem later nog aanpassen.',
        revalidate: meetmomentPath({ periodeId, meetmomentId }),
      }
    },
  })
}
