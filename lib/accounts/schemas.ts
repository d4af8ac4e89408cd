import { z } from 'zod'

// Field rules shared by the account forms (client-safe).

export const MIN_PASSWORD_LENGTH = 10

export const newPasswordField = z
  .string()
  .min(
    MIN_PASSWORD_LENGTH,
    `Kies een wachtwoord van minstens ${MIN_PASSWORD_LENGTH} tekens.`,
  )
  .max(200, 'Kies een wachtwoord van hooguit 200 tekens.')

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, 'Een e-mailadres heeft hooguit 254 tekens.')
  .pipe(z.email('Vul een geldig e-mailadres in, zoals naam@school.nl.'))

// Letters, spaces, apostrophes, dots and hyphens: a name can carry no link
// into the mails it appears in.
const NAME_PATTERN = /^[\p{L}\p{M}' .’-]*$/u
const nameMessage =
  'Gebruik alleen letters, spaties, een apostrof, punt of streepje.'

export const nameFields = {
  voornaam: z
    .string()
    .trim()
    .min(1, 'Vul de voornaam in.')
    .max(100, 'Een voornaam heeft hooguit 100 tekens.')
    .regex(NAME_PATTERN, nameMessage),
  tussenvoegsel: z
    .string()
    .trim()
    .max(30, 'Een tussenvoegsel heeft hooguit 30 tekens.')
    .regex(NAME_PATTERN, nameMessage)
    .default(''),
  achternaam: z
    .string()
    .trim()
    .min(1, 'Vul de achternaam in.')
    .max(100, 'Een achternaam heeft hooguit 100 tekens.')
    .regex(NAME_PATTERN, nameMessage),
}

export const passwordsMatch = {
  check: (data: { password: string; passwordBevestiging: string }) =>
    data.password === data.passwordBevestiging,
  options: {
    message: 'De twee wachtwoorden zijn niet gelijk.',
    path: ['passwordBevestiging'],
  },
}
