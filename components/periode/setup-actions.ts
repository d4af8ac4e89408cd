'use server'

import { z } from 'zod'

import { canUseSection, type Section } from '@/lib/auth/roles'
import type { Actor } from '@/lib/auth/session'
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

function periodePath(section: Section, periodeId: string) {
  return `/${section}/praktijkperiodes/${periodeId}`
}

// Session, parse, section check, one lib/ call, then on to `run`'s path.
function setupAction<T>(
  section: Section,
  formData: FormData,
  schema: z.ZodType<T>,
  run: (actor: Actor, data: T) => Promise<string>,
) {
  return handleFormAction(formData, {
    schema,
    run: async ({ actor, data }) => {
      if (!canUseSection(actor.roles, section)) {
        throw notFoundError()
      }

      return {
        revalidate: `/${section}`,
        redirectTo: await run(actor, data),
      }
    },
  })
}

function setupFields(
  data: Pick<
    z.infer<typeof updatePeriodeSchema>,
    | 'startdatum'
    | 'einddatum'
    | 'urenAfgesproken'
    | 'kerntaken'
    | 'werkprocessen'
  >,
) {
  return {
    startdatum: data.startdatum,
    einddatum: data.einddatum,
    urenAfgesproken: data.urenAfgesproken,
    kerntaakIds: data.kerntaken,
    werkprocesIds: data.werkprocessen,
  }
}

export async function createPeriodeAction(
  section: Section,
  _state: FormState,
  formData: FormData,
) {
  return setupAction(
    section,
    formData,
    createPeriodeSchema,
    async (actor, data) => {
      const periodeId = await createPraktijkperiode({
        actorId: actor.id,
        section,
        studentId: data.studentId,
        kwalificatieId: data.kwalificatieId,
        locatie: data.locatie,
        begeleiderId: data.begeleiderId,
        beoordelaarId: data.beoordelaarId,
        setup: setupFields(data),
      })

      // A student goes straight on to the leerbedrijf (flow 2.3).
      return section === 'student'
        ? `${periodePath(section, periodeId)}/praktijkopleider`
        : periodePath(section, periodeId)
    },
  )
}

export async function updatePeriodeAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return setupAction(
    section,
    formData,
    updatePeriodeSchema,
    async (actor, data) => {
      await updatePraktijkperiode({
        actorId: actor.id,
        section,
        periodeId,
        version: data.version,
        begeleiderId: data.begeleiderId,
        setup: setupFields(data),
      })

      return periodePath(section, periodeId)
    },
  )
}

export async function deletePeriodeAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return setupAction(section, formData, z.object({}), async (actor) => {
    await deletePraktijkperiode({ actorId: actor.id, section, periodeId })

    return `/${section}`
  })
}

export async function choosePraktijkopleiderAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return setupAction(
    section,
    formData,
    choosePraktijkopleiderSchema,
    async (actor, data) => {
      await choosePraktijkopleider({
        actorId: actor.id,
        section,
        periodeId,
        ...data,
      })

      return periodePath(section, periodeId)
    },
  )
}

export async function chooseBeoordelaarAction(
  section: Section,
  periodeId: string,
  _state: FormState,
  formData: FormData,
) {
  return setupAction(
    section,
    formData,
    chooseBeoordelaarSchema,
    async (actor, data) => {
      await chooseBeoordelaar({
        actorId: actor.id,
        section,
        periodeId,
        ...data,
      })

      return periodePath(section, periodeId)
    },
  )
}
