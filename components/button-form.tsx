'use client'

import { useActionState, useRef } from 'react'

import { initialFormState, type FormState } from '@/lib/forms'

import { primaryButton, secondaryButton } from './buttons'
import { FormMessage } from './form-message'
import { useRestoreFocus } from './use-restore-focus'

// A form that is only hidden ids and one or more buttons (approve, reject,
// resend, renew), with its outcome announced beside it.
export function ButtonForm({
  action,
  hidden,
  buttons,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>
  hidden: Record<string, string>
  buttons: {
    label: string
    name?: string
    value?: string
    isPrimary?: boolean
  }[]
}) {
  const [state, formAction, isPending] = useActionState(
    action,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)

  return (
    <form ref={formRef} action={formAction} className="space-y-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap gap-2">
        {buttons.map((button) => (
          <button
            key={button.label}
            type="submit"
            name={button.name}
            value={button.value}
            disabled={isPending}
            className={button.isPrimary ? primaryButton : secondaryButton}
          >
            {button.label}
          </button>
        ))}
      </div>
      <FormMessage state={state} />
    </form>
  )
}
