'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FieldError, FormMessage } from '@/components/form-message'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState, type FormState } from '@/lib/forms'

const textareaClass =
  'mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2'

// The werkplan of a meetmoment: new (with a request id against double
// submits) or existing (with the version it was read at).
export function WerkplanForm({
  action,
  hidden,
  afspraken,
  acties,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  hidden: Record<string, string>
  afspraken: string
  acties: string
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const values = { afspraken, acties, ...state.values }

  return (
    <form ref={formRef} action={formAction} className="space-y-4">
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Werkplan</legend>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor="afspraken" className="font-medium">
            Afspraken en leerdoel tot het volgende meetmoment
          </label>
          <textarea
            id="afspraken"
            name="afspraken"
            rows={4}
            defaultValue={values.afspraken}
            aria-describedby="afspraken-fout"
            aria-invalid={Boolean(state.fieldErrors.afspraken)}
            className={textareaClass}
          />
          <FieldError
            id="afspraken-fout"
            errors={state.fieldErrors.afspraken}
          />
        </div>
        <div>
          <label htmlFor="acties" className="font-medium">
            Concrete acties en te behalen resultaten
          </label>
          <textarea
            id="acties"
            name="acties"
            rows={4}
            defaultValue={values.acties}
            aria-describedby="acties-fout"
            aria-invalid={Boolean(state.fieldErrors.acties)}
            className={textareaClass}
          />
          <FieldError id="acties-fout" errors={state.fieldErrors.acties} />
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig met opslaan…' : 'Opslaan'}
        </button>
      </fieldset>
    </form>
  )
}
