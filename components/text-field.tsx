import { FieldShell } from './field-shell'

// A labelled input whose error text is linked by aria-describedby. Give
// `idPrefix` when two forms on one page share a field name.
export function TextField({
  idPrefix = '',
  name,
  label,
  type = 'text',
  autoComplete,
  defaultValue,
  errors,
  isRequired = false,
  hint,
  inputMode,
}: {
  idPrefix?: string
  name: string
  label: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'date'
  autoComplete?: string
  defaultValue?: string
  errors?: string[]
  isRequired?: boolean
  hint?: string
  inputMode?: 'numeric'
}) {
  const id = `${idPrefix}${name}`

  return (
    <FieldShell
      id={id}
      label={label}
      isRequired={isRequired}
      hint={hint}
      errors={errors}
    >
      {(describedBy) => (
        <input
          id={id}
          name={name}
          type={type}
          inputMode={inputMode}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          required={isRequired}
          aria-describedby={describedBy}
          aria-invalid={errors ? true : undefined}
          className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
        />
      )}
    </FieldShell>
  )
}
