'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FieldError, FormMessage } from '@/components/form-message'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState, type FormState } from '@/lib/forms'
import {
  OMSCHRIJVING_MAX,
  OMSCHRIJVING_MIN,
} from '@/lib/kwalificaties/activiteit-schema'

// One omschrijving, for a new activiteit or for rewording one. `idPrefix`
// keeps the ids apart, as a page holds many of these forms.
export function ActiviteitForm({
  action,
  hidden,
  idPrefix,
  legend,
  defaultValue = '',
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  hidden: Record<string, string>
  idPrefix: string
  legend: string
  defaultValue?: string
  submitLabel: string
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  // After saving, the field shows what is stored (empty for a new one).
  const value =
    state.status === 'error' ? state.values.omschrijving : defaultValue
  const id = `${idPrefix}omschrijving`

  return (
    <form ref={formRef} action={formAction}>
      {Object.entries(hidden).map(([name, hiddenValue]) => (
        <input key={name} type="hidden" name={name} value={hiddenValue} />
      ))}
      <fieldset disabled={isPending} className="space-y-3">
        <legend className="sr-only">{legend}</legend>
        <div>
          <label htmlFor={id} className="font-medium">
            Omschrijving
          </label>
          <p id={`${id}-hint`} className="text-sm text-slate-700">
            Minstens {OMSCHRIJVING_MIN} en hooguit {OMSCHRIJVING_MAX} tekens.
          </p>
          <textarea
            id={id}
            name="omschrijving"
            rows={2}
            required
            defaultValue={value}
            aria-describedby={`${id}-hint ${id}-fout`}
            aria-invalid={state.fieldErrors.omschrijving ? true : undefined}
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          />
          <FieldError
            id={`${id}-fout`}
            errors={state.fieldErrors.omschrijving}
          />
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : submitLabel}
        </button>
      </fieldset>
    </form>
  )
}
