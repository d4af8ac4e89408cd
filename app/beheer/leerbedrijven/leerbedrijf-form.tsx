'use client'

import { useActionState } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { TextField } from '@/components/text-field'
import { initialFormState } from '@/lib/forms'

import { saveLeerbedrijfAction } from './actions'

const fields = [
  { name: 'leerbedrijfId', label: 'Leerbedrijf-ID', isRequired: true },
  { name: 'naam', label: 'Naam', isRequired: true },
  { name: 'adres', label: 'Adres' },
  { name: 'postcode', label: 'Postcode' },
  { name: 'plaats', label: 'Plaats' },
  { name: 'kvkNummer', label: 'KvK-nummer' },
  { name: 'stagemarktCode', label: 'Stagemarkt-code' },
]

// Adds a leerbedrijf, or updates the one with the same leerbedrijf-ID.
export function LeerbedrijfForm() {
  const [state, formAction, isPending] = useActionState(
    saveLeerbedrijfAction,
    initialFormState,
  )
  const values = state.status === 'success' ? {} : state.values

  return (
    <form action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Leerbedrijf toevoegen of wijzigen</legend>
        <div className="grid gap-4 sm:grid-cols-2">
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
