'use server'

import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { createMeetmoment } from '@/lib/meetmomenten/create-meetmoment'

import { createMeetmomentSchema } from '../schema'

export async function createMeetmomentAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: createMeetmomentSchema,
    run: async ({ actor, data }) => {
      const meetmomentId = await createMeetmoment({
        actorId: actor.id,
        ...data,
      })

      return {
        redirectTo: `/student/praktijkperiodes/${data.periodeId}/meetmomenten/${meetmomentId}`,
      }
    },
  })
}
