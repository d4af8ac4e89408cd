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
          'Bijna klaar: we hebben je een mail gestuurd. Bevestig daarmee je ' +
          'e-mailadres; daarna ziet je BPV-begeleider je aanmelding. Zodra ' +
          'die is goedgekeurd, krijg je weer een mail en kun je inloggen.',
      }
    },
  })
}
