import { z } from 'zod'

import { emailField, nameFields } from '@/lib/accounts/schemas'

export const addOpleiderSchema = z.object({
  leerbedrijfId: z.uuid(),
  ...nameFields,
  email: emailField,
  // A checkbox sends its value only when ticked.
  isSbbGeregistreerd: z
    .literal('ja')
    .optional()
    .transform((value) => value === 'ja'),
})

export const sbbSchema = z.object({
  leerbedrijfId: z.uuid(),
  userId: z.uuid(),
  besluit: z.enum(['registreren', 'intrekken']),
})

export const removeOpleiderSchema = z.object({
  leerbedrijfId: z.uuid(),
  userId: z.uuid(),
})
