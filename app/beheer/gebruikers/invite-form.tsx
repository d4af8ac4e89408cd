'use client'

import { useActionState, useRef } from 'react'

import { primaryButton } from '@/components/buttons'
import { FormMessage } from '@/components/form-message'
import { NameFields } from '@/components/name-fields'
import { TextField } from '@/components/text-field'
import { useRestoreFocus } from '@/components/use-restore-focus'
import { INVITABLE_ROLES } from '@/lib/accounts/roles'
import { roleLabels } from '@/lib/auth/roles'
import { initialFormState } from '@/lib/forms'

import { inviteStaffAction } from './actions'

export function InviteForm() {
  const [state, formAction, isPending] = useActionState(
    inviteStaffAction,
    initialFormState,
  )
  const formRef = useRef<HTMLFormElement>(null)
  useRestoreFocus(formRef, isPending)
  const values = state.status === 'success' ? {} : state.values

  return (
    <form ref={formRef} action={formAction}>
      <fieldset disabled={isPending} className="space-y-4">
        <legend className="sr-only">Medewerker uitnodigen</legend>
        <NameFields values={values} errors={state.fieldErrors} />
        <TextField
          name="email"
          label="E-mailadres"
          type="email"
          isRequired
          defaultValue={values.email}
          errors={state.fieldErrors.email}
        />
        <div>
          <label htmlFor="role" className="font-medium">
            Rol
          </label>
          <select
            id="role"
            name="role"
            defaultValue={values.role ?? 'bpv_begeleider'}
            aria-describedby="role-fout"
            className="mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2"
          >
            {INVITABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          <div id="role-fout" aria-live="polite">
            {state.fieldErrors.role?.map((error) => (
              <p key={error} className="mt-1 text-sm text-red-800">
                {error}
              </p>
            ))}
          </div>
        </div>
        <FormMessage state={state} />
        <button type="submit" className={primaryButton}>
          {isPending ? 'Bezig…' : 'Uitnodigen'}
        </button>
      </fieldset>
    </form>
  )
}
