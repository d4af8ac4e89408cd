'use server'

import {
  changePassword,
  updateContactDetails,
} from '@/lib/accounts/update-account'
import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

import { contactSchema, passwordSchema } from './schema'

export async function updateContactAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: contactSchema,
    run: async ({ actor, data: { schoolId, ...data } }) => {
      await updateContactDetails({
        actorId: actor.id,
        ...data,
        schoolId: schoolId || null,
      })

      return { message: 'Je gegevens zijn opgeslagen.', revalidate: '/account' }
    },
  })
}

export async function changePasswordAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: passwordSchema,
    run: async ({ actor, data }) => {
      await changePassword({
        actorId: actor.id,
        currentPassword: data.currentPassword,
        newPassword: data.password,
      })

      return {
        message:
          'Je wachtwoord is gewijzigd. Op andere apparaten ben je nu uitgelogd.',
        values: { email: actor.email },
      }
    },
  })
}
