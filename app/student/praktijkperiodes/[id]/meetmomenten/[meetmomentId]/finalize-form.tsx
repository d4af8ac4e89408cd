'use client'

import { useActionState, useState, type FormEvent } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { initialFormState, type FormState } from '@/lib/forms'

export function FinalizeForm({
  action,
  periodeId,
  meetmomentId,
  savedCount,
  total,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  periodeId: string
  meetmomentId: string
  savedCount: number
  total: number
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const [warning, setWarning] = useState('')

  // The server refuses unrated werkprocessen; this catches changed choices
  // that were not saved yet, which the server cannot know about.
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    const unsaved = [
      ...document.querySelectorAll<HTMLFormElement>(
        'form[data-unsaved="true"]',
      ),
    ].map((form) => form.dataset.werkproces)

    if (unsaved.length > 0) {
      event.preventDefault()
      setWarning(
        `Je hebt een keuze nog niet opgeslagen bij ${unsaved.join(', ')}. ` +
          'Sla die eerst op en leg daarna vast.',
      )

      return
    }
    setWarning('')
  }

  const shown: FormState = warning
    ? { ...initialFormState, status: 'error', message: warning }
    : state

  return (
    <form
      action={formAction}
      onSubmit={handleSubmit}
      className="rounded border border-amber-300 bg-amber-50 p-4"
    >
      <input type="hidden" name="periodeId" value={periodeId} />
      <input type="hidden" name="meetmomentId" value={meetmomentId} />
      <h3 className="font-semibold">Vastleggen</h3>
      <p className="mt-1">
        {savedCount} van {total} werkprocessen beoordeeld en opgeslagen. Na
        vastleggen kun je de zelfevaluatie niet meer wijzigen; daarna schrijf je
        je reflectie.
      </p>
      <div className="mt-3">
        <FormMessage state={shown} />
      </div>
      <button
        type="submit"
        disabled={isPending}
        className={`${primaryButton} mt-2`}
      >
        {isPending ? 'Bezig met vastleggen…' : 'Vastleggen'}
      </button>
    </form>
  )
}
