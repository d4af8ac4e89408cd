import { z } from 'zod'

import { emailField, nameFields } from '@/lib/accounts/schemas'

export const createGroepSchema = z.object({
  naam: z
    .string()
    .trim()
    .min(1, 'Geef de groep een naam, bijvoorbeeld SD4A.')
    .max(60, 'De naam mag hoogstens 60 tekens lang zijn.'),
  cohort: z
    .string()
    .trim()
    .max(20, 'Het cohort mag hoogstens 20 tekens lang zijn.'),
  kwalificatieId: z.union([z.uuid(), z.literal('')]),
})

export const groepIdSchema = z.object({ groepId: z.uuid() })

export const decideSchema = z.object({
  groepId: z.uuid(),
  studentId: z.uuid(),
  besluit: z.enum(['goedkeuren', 'afwijzen']),
})

export const addStudentSchema = z.object({
  groepId: z.uuid(),
  ...nameFields,
  email: emailField,
  studentnummer: z
    .string()
    .trim()
    .max(30, 'Het studentnummer mag hoogstens 30 tekens lang zijn.')
    .default(''),
})

export const resendSchema = z.object({
  groepId: z.uuid(),
  userId: z.uuid(),
})
