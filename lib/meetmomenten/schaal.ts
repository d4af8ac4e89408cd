import type { Schaalwaarde } from '@/db/types'

export const SCHAALWAARDEN = [
  'nooit',
  'oefenen',
  'voldoende',
  'goed',
] as const satisfies readonly Schaalwaarde[]

export const schaal: Record<
  Schaalwaarde,
  { label: string; betekenis: string }
> = {
  nooit: {
    label: 'Nooit',
    betekenis: 'Dit heb ik nog niet gedaan.',
  },
  oefenen: {
    label: 'Oefenen',
    betekenis: 'Ik doe dit wel, maar nog niet soepel of niet zonder hulp.',
  },
  voldoende: {
    label: 'Voldoende',
    betekenis: 'Ik heb dit al vaak zelfstandig en op de goede manier gedaan.',
  },
  goed: {
    label: 'Goed',
    betekenis:
      'Elke keer dat dit in het bedrijf voorkomt, doe ik het zelfstandig ' +
      'en op de goede manier.',
  },
}
