import { z } from 'zod'

import { newPasswordField, passwordsMatch } from '@/lib/accounts/schemas'

export const setPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPasswordField,
    passwordBevestiging: z.string(),
  })
  .refine(passwordsMatch.check, passwordsMatch.options)
