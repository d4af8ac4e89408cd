// A labelled native select whose error text is linked by aria-describedby.
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
  const describedBy = [hint ? `${name}-hint` : null, `${name}-fout`]
    .filter(Boolean)
    .join(' ')

  return (
    <div>
      <label htmlFor={name} className="font-medium">
        {label}
        {isRequired ? null : (
          <span className="font-normal text-slate-700"> (niet verplicht)</span>
        )}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
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
      <div id={`${name}-fout`} aria-live="polite">
        {errors?.map((error) => (
          <p key={error} className="mt-1 text-sm text-red-800">
            {error}
          </p>
        ))}
      </div>
    </div>
  )
}
