'use client'

import { useActionState, useRef } from 'react'

import { primaryButton, secondaryButton } from '@/components/buttons'
import { FieldError, FormMessage } from '@/components/form-message'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState, type FormState } from '@/lib/forms'
import {
  REFLECTIE_VRAGEN,
  type ReflectieInhoud,
  type ReflectieVeld,
} from '@/lib/meetmomenten/rules'

export function ReflectieForm({
  action,
  periodeId,
  meetmomentId,
  version,
  inhoud,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  periodeId: string
  meetmomentId: string
  version: number
  inhoud: ReflectieInhoud
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const values: Record<string, string> = { ...inhoud, ...state.values }

  return (
    <form ref={formRef} action={formAction}>
      <input type="hidden" name="periodeId" value={periodeId} />
      <input type="hidden" name="meetmomentId" value={meetmomentId} />
      <input type="hidden" name="version" value={version} />
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Reflectie</legend>
        {(Object.keys(REFLECTIE_VRAGEN) as ReflectieVeld[]).map((veld) => (
          <div key={veld}>
            <label htmlFor={veld} className="font-medium">
              {REFLECTIE_VRAGEN[veld]}
            </label>
            <textarea
              id={veld}
              name={veld}
              rows={3}
              defaultValue={values[veld]}
              aria-describedby={`${veld}-fout`}
              aria-invalid={Boolean(state.fieldErrors[veld])}
              className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
            />
            <FieldError id={`${veld}-fout`} errors={state.fieldErrors[veld]} />
          </div>
        ))}
        <FormMessage state={state} />
        <div className="flex flex-wrap gap-3">
          <button
            type="submit"
            name="intent"
            value="save"
            className={secondaryButton}
          >
            Opslaan
          </button>
          <button
            type="submit"
            name="intent"
            value="finalize"
            className={primaryButton}
          >
            Vastleggen
          </button>
        </div>
        <p className="text-sm text-slate-700">
          Opslaan bewaart je antwoorden zodat je later verder kunt. Vastleggen
          kan als alle vragen beantwoord zijn; daarna is je reflectie
          definitief.
        </p>
      </fieldset>
    </form>
  )
}
