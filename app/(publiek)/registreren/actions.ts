'use server'

import { registerStudent } from '@/lib/accounts/register-student'
import { currentClientAddress } from '@/lib/client-address'
import { handlePublicFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

import { registerSchema } from './schema'

export async function registerAction(_state: FormState, formData: FormData) {
  return handlePublicFormAction(formData, {
    schema: registerSchema,
    run: async (data) => {
      await registerStudent({
        ...data,
        clientAddress: await currentClientAddress(),
      })

      return {
        message:
          'Je aanmelding is verstuurd naar je BPV-begeleider. Zodra die je ' +
          'aanmelding goedkeurt, krijg je een mail en kun je inloggen.',
      }
    },
  })
}
