'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { initialFormState } from '@/lib/forms'

import { saveLeerbedrijfAction } from './actions'

const fields = [
  { name: 'naam', label: 'Naam', isRequired: true },
  { name: 'adres', label: 'Adres' },
  { name: 'postcode', label: 'Postcode' },
  { name: 'plaats', label: 'Plaats' },
  { name: 'kvkNummer', label: 'KvK-nummer' },
  { name: 'stagemarktCode', label: 'Stagemarkt-code' },
]

export type LeerbedrijfValues = Record<
  | 'leerbedrijfId'
  | 'naam'
  | 'adres'
  | 'postcode'
  | 'plaats'
  | 'kvkNummer'
  | 'stagemarktCode',
  string
>

// Adds a leerbedrijf with a new leerbedrijf-ID. Given a `leerbedrijf`, it
// edits that one: its ID is the key and stays fixed.
export function LeerbedrijfForm({
  leerbedrijf,
}: {
  leerbedrijf?: LeerbedrijfValues
}) {
  const [state, formAction, isPending] = useActionState(
    saveLeerbedrijfAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  // After saving, an edit form shows what is stored; an add form empties.
  const values: Record<string, string | undefined> =
    state.status === 'error' ? state.values : (leerbedrijf ?? {})

  return (
    <form ref={formRef} action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">
          {leerbedrijf
            ? 'Gegevens van het leerbedrijf wijzigen'
            : 'Leerbedrijf toevoegen'}
        </legend>
        <input
          type="hidden"
          name="modus"
          value={leerbedrijf ? 'wijzigen' : 'nieuw'}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          {leerbedrijf ? (
            <div>
              <input
                type="hidden"
                name="leerbedrijfId"
                value={leerbedrijf.leerbedrijfId}
              />
              <p className="font-medium">Leerbedrijf-ID</p>
              <p className="mt-1 py-2">{leerbedrijf.leerbedrijfId}</p>
            </div>
          ) : (
            <TextField
              name="leerbedrijfId"
              label="Leerbedrijf-ID"
              isRequired
              defaultValue={values.leerbedrijfId}
              errors={state.fieldErrors.leerbedrijfId}
            />
          )}
          {fields.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              label={field.label}
              isRequired={field.isRequired}
              defaultValue={values[field.name]}
              errors={state.fieldErrors[field.name]}
            />
          ))}
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Leerbedrijf opslaan'}
        </button>
      </fieldset>
    </form>
  )
}
