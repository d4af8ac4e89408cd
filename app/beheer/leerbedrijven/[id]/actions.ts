'use server'

import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { addPraktijkopleider } from '@/lib/leerbedrijven/add-praktijkopleider'
import { removePraktijkopleider } from '@/lib/leerbedrijven/remove-praktijkopleider'
import { setSbbRegistratie } from '@/lib/leerbedrijven/set-sbb-registratie'

import { addOpleiderSchema, removeOpleiderSchema, sbbSchema } from './schema'

// The same words for a new and an existing account, so the form does not
// tell whether an address already has one somewhere.
function addedMessage({
  email,
  wasLinked,
}: {
  email: string
  wasLinked: boolean
}) {
  if (wasLinked) {
    return (
      `${email} stond al bij dit leerbedrijf; er is niets gewijzigd. De ` +
      'SBB-registratie wijzig je met de knop bij de naam.'
    )
  }

  return (
    `${email} is praktijkopleider bij dit leerbedrijf. Een uitnodiging volgt ` +
    'pas als deze praktijkopleider aan een praktijkperiode wordt gekoppeld.'
  )
}

export async function addOpleiderAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: addOpleiderSchema,
    run: async ({ actor, data }) => {
      const outcome = await addPraktijkopleider({ actorId: actor.id, ...data })

      return {
        message: addedMessage({ email: data.email, ...outcome }),
        revalidate: `/beheer/leerbedrijven/${data.leerbedrijfId}`,
      }
    },
  })
}

export async function sbbAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: sbbSchema,
    run: async ({ actor, data }) => {
      const isSbbGeregistreerd = data.besluit === 'registreren'
      await setSbbRegistratie({
        actorId: actor.id,
        leerbedrijfId: data.leerbedrijfId,
        userId: data.userId,
        isSbbGeregistreerd,
      })

      return {
        message: isSbbGeregistreerd
          ? 'Gemarkeerd als geregistreerd bij SBB.'
          : 'De SBB-registratie is ingetrokken.',
        revalidate: `/beheer/leerbedrijven/${data.leerbedrijfId}`,
      }
    },
  })
}

// The row and its button disappear, so the outcome is shown on the page.
export async function removeOpleiderAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: removeOpleiderSchema,
    run: async ({ actor, data }) => {
      await removePraktijkopleider({ actorId: actor.id, ...data })

      return {
        revalidate: `/beheer/leerbedrijven/${data.leerbedrijfId}`,
        redirectTo: `/beheer/leerbedrijven/${data.leerbedrijfId}?ontkoppeld=1`,
      }
    },
  })
}
