'use server'

import { z } from 'zod'

import { confirmRegistration } from '@/lib/accounts/register-student'
import { handlePublicFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

const confirmSchema = z.object({ token: z.string().min(20).max(200) })

export async function confirmRegistrationAction(
  _state: FormState,
  formData: FormData,
) {
  return handlePublicFormAction(formData, {
    schema: confirmSchema,
    run: async ({ token }) => {
      await confirmRegistration({ token })

      return {
        message:
          'Je e-mailadres is bevestigd. Je BPV-begeleider ziet nu je ' +
          'aanmelding; je krijgt een mail zodra die is goedgekeurd.',
      }
    },
  })
}
