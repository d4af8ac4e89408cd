'use client'

import { useActionState, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'

import { secondaryButton } from './buttons'
import { FormMessage } from './form-message'
import { useRestoreFocus } from './use-restore-focus'

// One file, one button, and the outcome read out.
export function FileImportForm({
  action,
  inputId,
  label,
  hint,
  accept,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  inputId: string
  label: string
  hint: string
  accept: string
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)

  return (
    <form ref={formRef} action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">{label}</legend>
        <div>
          <label htmlFor={inputId} className="font-medium">
            {label}
          </label>
          <p id={`${inputId}-hint`} className="text-sm text-slate-700">
            {hint}
          </p>
          <input
            id={inputId}
            name="bestand"
            type="file"
            accept={accept}
            aria-describedby={`${inputId}-hint`}
            className="mt-2 block w-full text-sm"
          />
        </div>
        <FormMessage state={state} />
        <button type="submit" className={secondaryButton}>
          {isPending ? 'Bezig met importeren…' : 'Importeren'}
        </button>
      </fieldset>
    </form>
  )
}
