'use server'

import { setPasswordWithToken } from '@/lib/accounts/set-password-with-token'
import { handlePublicFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

import { setPasswordSchema } from './schema'

export async function acceptInvitationAction(
  _state: FormState,
  formData: FormData,
) {
  return handlePublicFormAction(formData, {
    schema: setPasswordSchema,
    run: async ({ token, password }) => {
      const { email } = await setPasswordWithToken({
        token,
        purpose: 'uitnodiging',
        password,
      })

      return {
        message: 'Je wachtwoord is ingesteld. Je wordt ingelogd…',
        values: { email },
      }
    },
  })
}
