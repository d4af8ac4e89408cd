import { z } from 'zod'

import {
  nameFields,
  newPasswordField,
  passwordsMatch,
} from '@/lib/accounts/schemas'

const currentPassword = z
  .string()
  .min(1, 'Vul je huidige wachtwoord in om de wijziging te bevestigen.')

export const contactSchema = z.object({
  ...nameFields,
  telefoon: z
    .string()
    .trim()
    .max(20, 'Gebruik hooguit 20 tekens.')
    .regex(
      /^[0-9+()\s-]*$/,
      'Gebruik alleen cijfers, spaties, +, - of haakjes.',
    ),
  schoolId: z.union([z.uuid(), z.literal('')]),
  currentPassword,
})

export const passwordSchema = z
  .object({
    currentPassword,
    password: newPasswordField,
    passwordBevestiging: z.string(),
  })
  .refine(passwordsMatch.check, passwordsMatch.options)
