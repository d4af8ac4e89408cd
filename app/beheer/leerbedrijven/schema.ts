import { z } from 'zod'

import { formatPostcode } from '@/lib/leerbedrijven/postcode'

export const leerbedrijfSchema = z.object({
  modus: z.enum(['nieuw', 'wijzigen']).default('nieuw'),
  leerbedrijfId: z
    .string()
    .trim()
    .regex(
      /^\d{1,12}$/,
      'Het leerbedrijf-ID bestaat uit cijfers, zoals 100012345.',
    ),
  naam: z
    .string()
    .trim()
    .min(1, 'Vul de naam van het leerbedrijf in.')
    .max(200, 'De naam mag hoogstens 200 tekens lang zijn.'),
  adres: z
    .string()
    .trim()
    .max(200, 'Het adres mag hoogstens 200 tekens lang zijn.'),
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^(\d{4} ?[A-Z]{2})?$/, 'Vul een postcode in zoals 3511 AB.')
    .transform(formatPostcode),
  plaats: z
    .string()
    .trim()
    .max(100, 'De plaats mag hoogstens 100 tekens lang zijn.'),
  kvkNummer: z
    .string()
    .trim()
    .regex(/^(\d{8})?$/, 'Een KvK-nummer heeft 8 cijfers.'),
  stagemarktCode: z
    .string()
    .trim()
    .regex(/^\d*$/, 'De Stagemarkt-code bestaat uit cijfers.'),
})
