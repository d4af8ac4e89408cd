'use server'

import { setPasswordWithToken } from '@/lib/accounts/set-password-with-token'
import { handlePublicFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

import { setPasswordSchema } from '../../uitnodiging/[token]/schema'

export async function resetPasswordAction(
  _state: FormState,
  formData: FormData,
) {
  return handlePublicFormAction(formData, {
    schema: setPasswordSchema,
    run: async ({ token, password }) => {
      const { email } = await setPasswordWithToken({
        token,
        purpose: 'wachtwoord',
        password,
      })

      return {
        message: 'Je nieuwe wachtwoord is ingesteld. Je wordt ingelogd…',
        values: { email },
      }
    },
  })
}
