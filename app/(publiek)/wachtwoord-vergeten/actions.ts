'use server'

import { z } from 'zod'

import { requestPasswordReset } from '@/lib/accounts/request-password-reset'
import { emailField } from '@/lib/accounts/schemas'
import { currentClientAddress } from '@/lib/client-address'
import { handlePublicFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

const requestResetSchema = z.object({ email: emailField })

export async function requestResetAction(
  _state: FormState,
  formData: FormData,
) {
  return handlePublicFormAction(formData, {
    schema: requestResetSchema,
    run: async ({ email }) => {
      await requestPasswordReset({
        email,
        clientAddress: await currentClientAddress(),
      })

      return {
        message:
          'Als dit adres bij ons bekend is, krijg je binnen een paar minuten ' +
          'een mail met een link om een nieuw wachtwoord te kiezen. Die link ' +
          'werkt twee uur.',
      }
    },
  })
}
