import { MIN_PASSWORD_LENGTH } from '@/lib/accounts/schemas'

import { TextField } from './text-field'

// A new password typed twice.
export function NewPasswordFields({
  label = 'Nieuw wachtwoord',
  idPrefix,
  errors,
}: {
  label?: string
  idPrefix?: string
  errors: Record<string, string[]>
}) {
  return (
    <>
      <TextField
        idPrefix={idPrefix}
        name="password"
        label={label}
        type="password"
        autoComplete="new-password"
        isRequired
        hint={`Minstens ${MIN_PASSWORD_LENGTH} tekens.`}
        errors={errors.password}
      />
      <TextField
        idPrefix={idPrefix}
        name="passwordBevestiging"
        label="Herhaal het wachtwoord"
        type="password"
        autoComplete="new-password"
        isRequired
        errors={errors.passwordBevestiging}
      />
    </>
  )
}
