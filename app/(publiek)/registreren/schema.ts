import { z } from 'zod'

import {
  emailField,
  nameFields,
  newPasswordField,
  passwordsMatch,
} from '@/lib/accounts/schemas'

export const registerSchema = z
  .object({
    groepscode: z
      .string()
      .trim()
      .min(1, 'Vul de groepscode van je BPV-begeleider in.')
      .max(40, 'Deze groepscode bestaat niet.'),
    ...nameFields,
    email: emailField,
    password: newPasswordField,
    passwordBevestiging: z.string(),
  })
  .refine(passwordsMatch.check, passwordsMatch.options)
