import { z } from 'zod'

import { emailField, nameFields } from '@/lib/accounts/schemas'
import { INVITABLE_ROLES } from '@/lib/accounts/roles'

export const inviteSchema = z.object({
  ...nameFields,
  email: emailField,
  role: z.enum(INVITABLE_ROLES, 'Kies een rol.'),
})

export const blockSchema = z.object({
  userId: z.uuid(),
  besluit: z.enum(['blokkeren', 'deblokkeren']),
})

export const resendSchema = z.object({ userId: z.uuid() })
