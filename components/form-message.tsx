import type { FormState } from '@/lib/forms'

// A live region, so a screen reader hears the outcome of every submit.
export function FormMessage({
  state,
  id,
}: {
  state: Pick<FormState, 'message'> & { status: string }
  id?: string
}) {
  return (
    <div id={id} aria-live="polite" role="status" className="min-h-6">
      {state.message ? (
        <p
          className={
            state.status === 'error'
              ? 'rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800'
              : 'rounded border border-green-300 bg-green-50 px-3 py-2 text-green-800'
          }
        >
          {state.message}
        </p>
      ) : null}
    </div>
  )
}

export function FieldError({
  id,
  errors,
}: {
  id: string
  errors: string[] | undefined
}) {
  return (
    <div id={id} aria-live="polite">
      {errors?.map((error) => (
        <p key={error} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ))}
    </div>
  )
}
