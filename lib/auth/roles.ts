import type { Role } from '@/db/types'

// Edge-safe: imported by middleware.ts as well as by the server.

export type Section = 'student' | 'praktijkopleider' | 'begeleider' | 'beheer'

const sectionRoles: Record<Section, Role[]> = {
  student: ['student'],
  praktijkopleider: ['praktijkopleider', 'bpv_beoordelaar'],
  begeleider: ['bpv_begeleider'],
  beheer: ['beheerder'],
}

const sectionOrder: Section[] = [
  'student',
  'praktijkopleider',
  'begeleider',
  'beheer',
]

export const roleLabels: Record<Role, string> = {
  student: 'Student',
  praktijkopleider: 'Praktijkopleider',
  bpv_begeleider: 'BPV-begeleider',
  bpv_beoordelaar: 'BPV-beoordelaar',
  beheerder: 'Beheerder',
}

export const sectionLabels: Record<Section, string> = {
  student: 'Student',
  praktijkopleider: 'Beoordelen',
  begeleider: 'Begeleiden',
  beheer: 'Beheer',
}

export function sectionsForRoles(roles: readonly Role[]): Section[] {
  return sectionOrder.filter((section) =>
    sectionRoles[section].some((role) => roles.includes(role)),
  )
}

export function canUseSection(roles: readonly Role[], section: Section) {
  return sectionRoles[section].some((role) => roles.includes(role))
}

export function sectionOfPath(pathname: string): Section | null {
  const first = pathname.split('/')[1]

  return sectionOrder.find((section) => section === first) ?? null
}

export function startPathForRoles(roles: readonly Role[]): string {
  const [first] = sectionsForRoles(roles)

  return first ? `/${first}` : '/account'
}

// Only same-site paths are followed after login, never another host.
export function safeCallbackPath(value: string | null | undefined) {
  if (!value || !value.startsWith('/') || value.startsWith('//')) {
    return null
  }
  if (value.startsWith('/api/') || value.startsWith('/inloggen')) {
    return null
  }

  return value
}
