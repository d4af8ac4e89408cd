// The label, hint and error text around one form control; the control gets
// `describedBy` so a screen reader reads the hint and the error with it.
export function FieldShell({
  id,
  label,
  isRequired,
  hint,
  errors,
  children,
}: {
  id: string
  label: string
  isRequired: boolean
  hint?: string
  errors?: string[]
  children: (describedBy: string) => React.ReactNode
}) {
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
      {children(describedBy)}
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
