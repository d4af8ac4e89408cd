import { TextField } from './text-field'

// Voornaam, tussenvoegsel and achternaam, the Dutch way. `isOwnName` lets the
// browser fill in the user's own name; never for someone else's.
export function NameFields({
  values,
  errors,
  isOwnName = false,
}: {
  values: Record<string, string | undefined>
  errors: Record<string, string[]>
  isOwnName?: boolean
}) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField
        name="voornaam"
        label="Voornaam"
        autoComplete={isOwnName ? 'given-name' : 'off'}
        isRequired
        defaultValue={values.voornaam}
        errors={errors.voornaam}
      />
      <TextField
        name="tussenvoegsel"
        label="Tussenvoegsel"
        autoComplete={isOwnName ? 'additional-name' : 'off'}
        defaultValue={values.tussenvoegsel}
        errors={errors.tussenvoegsel}
      />
      <TextField
        name="achternaam"
        label="Achternaam"
        autoComplete={isOwnName ? 'family-name' : 'off'}
        isRequired
        defaultValue={values.achternaam}
        errors={errors.achternaam}
      />
    </div>
  )
}
