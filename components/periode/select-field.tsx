import { FieldShell } from '../field-shell'

// A labelled native select of people or other records by id.
export function SelectField({
  name,
  label,
  options,
  defaultValue,
  errors,
  isRequired = true,
  hint,
}: {
  name: string
  label: string
  options: { id: string; naam: string }[]
  defaultValue?: string
  errors?: string[]
  isRequired?: boolean
  hint?: string
}) {
  return (
    <FieldShell
      id={name}
      label={label}
      isRequired={isRequired}
      hint={hint}
      errors={errors}
    >
      {(describedBy) => (
        <select
          id={name}
          name={name}
          defaultValue={defaultValue ?? ''}
          required={isRequired}
          aria-describedby={describedBy}
          aria-invalid={errors ? true : undefined}
          className="mt-1 block w-full max-w-full rounded border border-slate-500 bg-white px-3 py-2"
        >
          <option value="">{isRequired ? 'Kies…' : 'Nog niet kiezen'}</option>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.naam}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  )
}
