'use client'

import { useActionState, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'

import { primaryButton } from '../buttons'
import { FieldError, FormMessage } from '../form-message'
import { useRestoreFocus } from '../use-restore-focus'
import { useSubmitWithoutReset } from '../use-submit-without-reset'

// Picks one person from a short list (the SBB-registered praktijkopleiders
// of a leerbedrijf, or the school's beoordelaars) and saves the choice.
export function ChoosePersonForm({
  action,
  hidden,
  name,
  legend,
  options,
  current,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  hidden: Record<string, string>
  name: string
  legend: string
  options: { id: string; naam: string }[]
  current: string | null
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const handleSubmit = useSubmitWithoutReset(formAction)
  const chosen = state.values[name] ?? current

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={handleSubmit}
      className="space-y-4"
    >
      <fieldset disabled={isPending} className="space-y-4">
        {Object.entries(hidden).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <fieldset aria-describedby={`${name}-fout`}>
          <legend className="font-medium">{legend}</legend>
          <ul className="mt-2 space-y-2">
            {options.map((option) => (
              <li key={option.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={name}
                    value={option.id}
                    defaultChecked={chosen === option.id}
                    className="size-5"
                  />
                  {option.naam}
                </label>
              </li>
            ))}
          </ul>
          <FieldError id={`${name}-fout`} errors={state.fieldErrors[name]} />
        </fieldset>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig met opslaan…' : 'Opslaan'}
        </button>
      </fieldset>
    </form>
  )
}
