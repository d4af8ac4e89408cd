'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NameFields } from '@/components/name-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { addStudentAction } from '../actions'

export function AddStudentForm({ groepId }: { groepId: string }) {
  const [state, formAction, isPending] = useActionState(
    addStudentAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  // After a success the fields empty for the next student.
  const values = state.status === 'success' ? {} : state.values

  return (
    <form ref={formRef} action={formAction}>
      <input type="hidden" name="groepId" value={groepId} />
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Student toevoegen</legend>
        <NameFields values={values} errors={state.fieldErrors} />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="email"
            label="E-mailadres"
            type="email"
            isRequired
            defaultValue={values.email}
            errors={state.fieldErrors.email}
          />
          <TextField
            name="studentnummer"
            label="Studentnummer"
            defaultValue={values.studentnummer}
            errors={state.fieldErrors.studentnummer}
          />
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Student toevoegen'}
        </button>
      </fieldset>
    </form>
  )
}
