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
  const describedBy = [hint ? `${id}-hint` : null, `${id}-fout`]
    .filter(Boolean)
    .join(' ')

  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
        {isRequired ? null : (
          <span className="font-normal text-slate-700"> (niet verplicht)</span>
        )}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
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
      <div id={`${id}-fout`} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ))}
      </div>
    </div>
  )
}
