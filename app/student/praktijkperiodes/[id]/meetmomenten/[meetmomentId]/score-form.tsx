'use client'

import { useActionState, useState, useRef } from 'react'

import { secondaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { useRestoreFocus } from '@/components/use-restore-focus'
import type { Schaalwaarde } from '@/db/types'
import { initialFormState, type FormState } from '@/lib/forms'
import { SCHAALWAARDEN, schaal } from '@/lib/meetmomenten/schaal'

// One werkproces of the zelfevaluatie, saved on its own. The form marks
// itself unsaved while the choice differs from what is stored, so
// vastleggen can warn before anything is lost.
export function ScoreForm({
  action,
  periodeId,
  meetmomentId,
  werkproces,
  saved,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  periodeId: string
  meetmomentId: string
  werkproces: { id: string; code: string; titel: string }
  saved: { waarde: Schaalwaarde; version: number } | null
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const [choice, setChoice] = useState<Schaalwaarde | null>(
    saved?.waarde ?? null,
  )
  const isUnsaved = choice !== (saved?.waarde ?? null)
  const statusId = `status-${werkproces.id}`

  return (
    <form
      ref={formRef}
      action={formAction}
      data-unsaved={isUnsaved ? 'true' : 'false'}
      data-werkproces={werkproces.code}
      className="rounded border border-slate-200 bg-white p-4"
    >
      <input type="hidden" name="periodeId" value={periodeId} />
      <input type="hidden" name="meetmomentId" value={meetmomentId} />
      <input type="hidden" name="werkprocesId" value={werkproces.id} />
      <input type="hidden" name="version" value={saved?.version ?? 0} />
      <fieldset disabled={isPending} aria-describedby={statusId}>
        <legend className="font-medium">
          <span className="font-mono text-sm">{werkproces.code}</span>{' '}
          {werkproces.titel}
        </legend>
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {SCHAALWAARDEN.map((waarde) => {
            const id = `${werkproces.id}-${waarde}`

            return (
              <div key={waarde} className="flex items-center gap-2">
                <input
                  id={id}
                  type="radio"
                  name="waarde"
                  value={waarde}
                  checked={choice === waarde}
                  onChange={() => setChoice(waarde)}
                  aria-describedby={`schaal-${waarde}`}
                  className="size-5"
                />
                <label htmlFor={id}>{schaal[waarde].label}</label>
              </div>
            )
          })}
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="submit" className={secondaryButton}>
            {isPending ? 'Bezig…' : 'Opslaan'}
          </button>
          <span id={statusId} className="text-sm text-slate-700">
            {isUnsaved
              ? 'Nog niet opgeslagen'
              : saved
                ? `Opgeslagen: ${schaal[saved.waarde].label}`
                : 'Nog niet beoordeeld'}
          </span>
        </div>
        {state.status === 'error' ? <FormMessage state={state} /> : null}
      </fieldset>
    </form>
  )
}
