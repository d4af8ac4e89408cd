'use client'

import { useActionState, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'
import type { Kerntaak } from '@/lib/periodes/group-by-kerntaak'
import { expandWerkprocesSelection } from '@/lib/periodes/setup-rules'

import { primaryButton } from '../buttons'
import { FieldError, FormMessage } from '../form-message'
import { TextField } from '../text-field'
import { useRestoreFocus } from '../use-restore-focus'
import { useSubmitWithoutReset } from '../use-submit-without-reset'
import { SelectField } from './select-field'
import { WerkprocessenPicker } from './werkprocessen-picker'

type Option = { id: string; naam: string }

const splitIds = (value: string | undefined) =>
  value ? value.split(',').filter(Boolean) : []

export type PeriodeFormValues = {
  startdatum: string
  einddatum: string
  urenAfgesproken: string
  werkprocessen: string[]
  begeleiderId?: string
}

// Create or edit a praktijkperiode: dates, agreed hours and werkprocessen,
// plus whichever people this form may choose.
export function PeriodeForm({
  action,
  hidden,
  kerntaken,
  initial,
  studentOptions,
  begeleiderOptions,
  beoordelaarOptions,
  canChooseLocatie = false,
  isStudent,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  hidden: Record<string, string>
  kerntaken: Kerntaak[]
  initial: PeriodeFormValues
  studentOptions?: Option[]
  begeleiderOptions?: Option[]
  beoordelaarOptions?: Option[]
  canChooseLocatie?: boolean
  isStudent: boolean
  submitLabel: string
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const handleSubmit = useSubmitWithoutReset(formAction)
  const values: Record<string, string | undefined> = {
    ...initial,
    werkprocessen: undefined,
    ...state.values,
  }
  const errors = state.fieldErrors

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={handleSubmit}
      className="space-y-6"
    >
      <fieldset disabled={isPending} className="space-y-6">
        <legend className="sr-only">Praktijkperiode</legend>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {studentOptions ? (
          <SelectField
            name="studentId"
            label="Student"
            options={studentOptions}
            defaultValue={values.studentId}
            errors={errors.studentId}
          />
        ) : null}
        {canChooseLocatie ? (
          <fieldset aria-describedby="locatie-fout">
            <legend className="font-medium">Locatie</legend>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {(
                [
                  ['leerbedrijf', 'Bij een leerbedrijf'],
                  ['school', 'Op school (praktijkles)'],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="locatie"
                    value={value}
                    defaultChecked={(values.locatie ?? 'leerbedrijf') === value}
                    className="size-5"
                  />
                  {label}
                </label>
              ))}
            </div>
            <FieldError id="locatie-fout" errors={errors.locatie} />
          </fieldset>
        ) : null}
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="startdatum"
            label="Startdatum"
            type="date"
            isRequired
            defaultValue={values.startdatum}
            errors={errors.startdatum}
            hint="De eerste dag van de periode."
          />
          <TextField
            name="einddatum"
            label="Einddatum"
            type="date"
            isRequired
            defaultValue={values.einddatum}
            errors={errors.einddatum}
            hint="Vanaf deze dag is de periode afgesloten."
          />
        </div>
        <TextField
          name="urenAfgesproken"
          label="Afgesproken aantal uren"
          inputMode="numeric"
          defaultValue={values.urenAfgesproken}
          errors={errors.urenAfgesproken}
          hint="Hele uren, zoals in de praktijkovereenkomst."
        />
        <WerkprocessenPicker
          kerntaken={kerntaken}
          initial={
            state.status === 'idle'
              ? initial.werkprocessen
              : expandWerkprocesSelection({
                  kerntaken,
                  kerntaakIds: splitIds(state.values.kerntaken),
                  werkprocesIds: splitIds(state.values.werkprocessen),
                })
          }
          errors={errors.werkprocessen}
          hint={
            isStudent
              ? 'Zet een hele kerntaak aan of kies losse werkprocessen, zoals je met je BPV-begeleider hebt afgesproken.'
              : 'Zet een hele kerntaak aan of kies losse werkprocessen.'
          }
        />
        {begeleiderOptions ? (
          <SelectField
            name="begeleiderId"
            label="BPV-begeleider"
            options={begeleiderOptions}
            defaultValue={values.begeleiderId}
            errors={errors.begeleiderId}
            hint="De docent die je van school hebt gekregen."
          />
        ) : null}
        {beoordelaarOptions ? (
          <SelectField
            name="beoordelaarId"
            label="BPV-beoordelaar"
            options={beoordelaarOptions}
            defaultValue={values.beoordelaarId}
            errors={errors.beoordelaarId}
            isRequired={false}
            hint="Alleen bij praktijkles op school. Je kunt dit ook aan de student overlaten."
          />
        ) : null}
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig met opslaan…' : submitLabel}
        </button>
      </fieldset>
    </form>
  )
}
