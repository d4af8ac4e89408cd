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
  .pipe(z.email('Vul een geldig e-mailadres in, zoals naam@school.nl.'))

export const nameFields = {
  voornaam: z.string().trim().min(1, 'Vul je voornaam in.').max(100),
  tussenvoegsel: z.string().trim().max(30).default(''),
  achternaam: z.string().trim().min(1, 'Vul je achternaam in.').max(100),
}

export const passwordsMatch = {
  check: (data: { password: string; passwordBevestiging: string }) =>
    data.password === data.passwordBevestiging,
  options: {
    message: 'De twee wachtwoorden zijn niet gelijk.',
    path: ['passwordBevestiging'],
  },
}
