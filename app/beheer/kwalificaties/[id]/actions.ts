'use server'

import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { addActiviteit } from '@/lib/kwalificaties/add-activiteit'
import { deleteActiviteit } from '@/lib/kwalificaties/delete-activiteit'
import { moveActiviteit } from '@/lib/kwalificaties/move-activiteit'
import { updateActiviteit } from '@/lib/kwalificaties/update-activiteit'

import {
  addActiviteitSchema,
  deleteActiviteitSchema,
  moveActiviteitSchema,
  updateActiviteitSchema,
} from './schema'

export async function addActiviteitAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: addActiviteitSchema,
    run: async ({ actor, data }) => {
      await addActiviteit({
        actorId: actor.id,
        werkprocesId: data.werkprocesId,
        omschrijving: data.omschrijving,
      })

      return {
        message: 'De activiteit is toegevoegd.',
        revalidate: `/beheer/kwalificaties/${data.kwalificatieId}`,
      }
    },
  })
}

export async function updateActiviteitAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: updateActiviteitSchema,
    run: async ({ actor, data }) => {
      await updateActiviteit({
        actorId: actor.id,
        activiteitId: data.activiteitId,
        version: data.version,
        omschrijving: data.omschrijving,
      })

      return {
        message: 'De activiteit is gewijzigd.',
        revalidate: `/beheer/kwalificaties/${data.kwalificatieId}`,
      }
    },
  })
}

export async function moveActiviteitAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: moveActiviteitSchema,
    run: async ({ actor, data }) => {
      await moveActiviteit({
        actorId: actor.id,
        activiteitId: data.activiteitId,
        richting: data.richting,
      })

      return {
        message:
          data.richting === 'omhoog'
            ? 'Eén plaats omhoog gezet.'
            : 'Eén plaats omlaag gezet.',
        revalidate: `/beheer/kwalificaties/${data.kwalificatieId}`,
      }
    },
  })
}

export async function deleteActiviteitAction(
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: deleteActiviteitSchema,
    run: async ({ actor, data }) => {
      await deleteActiviteit({
        actorId: actor.id,
        activiteitId: data.activiteitId,
      })

      return {
        message: 'De activiteit is verwijderd.',
        revalidate: `/beheer/kwalificaties/${data.kwalificatieId}`,
      }
    },
  })
}
