'use server'

import { z } from 'zod'

import type { Actor } from '@/lib/auth/session'
import { canUseSection, type Section } from '@/lib/auth/roles'
import { notFoundError } from '@/lib/errors'
import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import {
  chooseBeoordelaar,
  choosePraktijkopleider,
} from '@/lib/periodes/choose-people'
import {
  createPraktijkperiode,
  deletePraktijkperiode,
  updatePraktijkperiode,
} from '@/lib/periodes/save-praktijkperiode'

import {
  chooseBeoordelaarSchema,
  choosePraktijkopleiderSchema,
  createPeriodeSchema,
  updatePeriodeSchema,
} from './setup-schema'

// The set-up actions of the student's and the begeleider's periode pages.
// The pages bind the section; since a bound argument can be forged, the
// actor must hold that section's role, and lib/ authorizes the periode for
// that section in its own queries.

function checkSection(actor: Actor, section: Section) {
  if (!canUseSection(actor.roles, section)) {
    throw notFoundError()
  }
}

function periodePath(section: Section, periodeId: string) {
  return `/${section}/praktijkperiodes/${periodeId}`
}

export async function createPeriodeAction(
  section: Section,
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: createPeriodeSchema,
    run: async ({ actor, data }) => {
      checkSection(actor, section)
      const periodeId = await createPraktijkperiode({
        actorId: actor.id,
        section,
        studentId: data.studentId,
        kwalificatieId: data.kwalificatieId,
        locatie: data.locatie,
        begeleiderId: data.begeleiderId,
        beoordelaarId: data.beoordelaarId,
        setup: {
          startdatum: data.startdatum,
          einddatum: data.einddatum,
          urenAfgesproken: data.urenAfgesproken,
          kerntaakIds: data.kerntaken,
          werkprocesIds: data.werkprocessen,
        },
      })

      // A student goes straight on to the leerbedrijf (flow 2.3).
      return {
        revalidate: `/${section}`,
        redirectTo:
          section === 'student'
            ? `${periodePath(section, periodeId)}/praktijkopleider`
            : periodePath(section, periodeId),
      }
    },
  })
}

export async function updatePeriodeAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: updatePeriodeSchema,
    run: async ({ actor, data }) => {
      checkSection(actor, section)
      await updatePraktijkperiode({
        actorId: actor.id,
        section,
        periodeId,
        version: data.version,
        begeleiderId: data.begeleiderId,
        setup: {
          startdatum: data.startdatum,
          einddatum: data.einddatum,
          urenAfgesproken: data.urenAfgesproken,
          kerntaakIds: data.kerntaken,
          werkprocesIds: data.werkprocessen,
        },
      })

      return {
        revalidate: `/${section}`,
        redirectTo: periodePath(section, periodeId),
      }
    },
  })
}

export async function deletePeriodeAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: z.object({}),
    run: async ({ actor }) => {
      checkSection(actor, section)
      await deletePraktijkperiode({ actorId: actor.id, section, periodeId })

      return { revalidate: `/${section}`, redirectTo: `/${section}` }
    },
  })
}

export async function choosePraktijkopleiderAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: choosePraktijkopleiderSchema,
    run: async ({ actor, data }) => {
      checkSection(actor, section)
      await choosePraktijkopleider({
        actorId: actor.id,
        section,
        periodeId,
        ...data,
      })

      return {
        revalidate: `/${section}`,
        redirectTo: periodePath(section, periodeId),
      }
    },
  })
}

export async function chooseBeoordelaarAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return handleFormAction(formData, {
    schema: chooseBeoordelaarSchema,
    run: async ({ actor, data }) => {
      checkSection(actor, section)
      await chooseBeoordelaar({
        actorId: actor.id,
        section,
        periodeId,
        ...data,
      })

      return {
        revalidate: `/${section}`,
        redirectTo: periodePath(section, periodeId),
      }
    },
  })
}
