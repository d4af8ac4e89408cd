'use server'

import {
  inviteStaff,
  resendInvitation,
  setUserBlocked,
} from '@/lib/accounts/school-users'
import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'

import { blockSchema, inviteSchema, resendSchema } from './schema'

export async function inviteStaffAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: inviteSchema,
    run: async ({ actor, data }) => {
      const { isNew } = await inviteStaff({
        actorId: actor.id,
        actorNaam: actor.name,
        ...data,
      })

      return {
        message: isNew
          ? `${data.email} is uitgenodigd en krijgt een mail.`
          : `${data.email} had al een account en heeft de rol erbij gekregen.`,
        revalidate: '/beheer/gebruikers',
      }
    },
  })
}

export async function blockAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: blockSchema,
    run: async ({ actor, data }) => {
      const isBlocked = data.besluit === 'blokkeren'
      await setUserBlocked({
        actorId: actor.id,
        userId: data.userId,
        isBlocked,
      })

      return {
        message: isBlocked
          ? 'Geblokkeerd. Deze gebruiker is overal uitgelogd.'
          : 'De blokkade is opgeheven.',
        revalidate: '/beheer/gebruikers',
      }
    },
  })
}

export async function resendAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: resendSchema,
    run: async ({ actor, data }) => {
      await resendInvitation({
        actorId: actor.id,
        actorNaam: actor.name,
        userId: data.userId,
      })

      return {
        message: 'Er is een nieuwe uitnodiging verstuurd.',
        revalidate: '/beheer/gebruikers',
      }
    },
  })
}
