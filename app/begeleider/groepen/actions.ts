'use server'

import { resendInvitation } from '@/lib/accounts/school-users'
import { AppError } from '@/lib/errors'
import { handleFormAction } from '@/lib/form-action'
import type { FormState } from '@/lib/forms'
import { createGroep } from '@/lib/groepen/create-groep'
import { decideAanvraag } from '@/lib/groepen/decide-aanvraag'
import { renewGroepscode } from '@/lib/groepen/renew-groepscode'
import { importStudents } from '@/lib/onboarding/import-students'

import {
  addStudentSchema,
  createGroepSchema,
  decideSchema,
  groepIdSchema,
  resendSchema,
} from './schema'

export async function createGroepAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: createGroepSchema,
    run: async ({ actor, data }) => {
      const groepId = await createGroep({
        actorId: actor.id,
        naam: data.naam,
        cohort: data.cohort,
        kwalificatieId: data.kwalificatieId || null,
      })

      return { redirectTo: `/begeleider/groepen/${groepId}` }
    },
  })
}

export async function renewCodeAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: groepIdSchema,
    run: async ({ actor, data }) => {
      const code = await renewGroepscode({ actorId: actor.id, ...data })

      return {
        message: `De nieuwe groepscode is ${code}. De oude code werkt niet meer.`,
        revalidate: `/begeleider/groepen/${data.groepId}`,
      }
    },
  })
}

export async function decideAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: decideSchema,
    run: async ({ actor, data }) => {
      const isApproved = data.besluit === 'goedkeuren'
      await decideAanvraag({
        actorId: actor.id,
        groepId: data.groepId,
        studentId: data.studentId,
        isApproved,
      })

      return {
        message: isApproved
          ? 'Aanmelding goedgekeurd. De student krijgt een mail.'
          : 'Aanmelding afgewezen. De student krijgt een mail.',
        revalidate: `/begeleider/groepen/${data.groepId}`,
      }
    },
  })
}

export async function addStudentAction(_state: FormState, formData: FormData) {
  return handleFormAction(formData, {
    schema: addStudentSchema,
    run: async ({ actor, data: { groepId, ...student } }) => {
      const result = await importStudents({
        actorId: actor.id,
        actorNaam: actor.name,
        groepId,
        rows: [{ line: 1, problems: [], ...student }],
      })
      const [skipped] = result.overgeslagen

      if (skipped) {
        throw new AppError(
          'INVALID',
          `Niet toegevoegd: ${skipped.redenen.join(' ')}`,
        )
      }

      return {
        message:
          result.nieuw > 0
            ? `${student.email} is toegevoegd en krijgt een uitnodiging.`
            : `${student.email} had al een account, is toegevoegd en krijgt een mail.`,
        revalidate: `/begeleider/groepen/${groepId}`,
      }
    },
  })
}

export async function resendInvitationAction(
  _state: FormState,
  formData: FormData,
) {
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
        revalidate: `/begeleider/groepen/${data.groepId}`,
      }
    },
  })
}
