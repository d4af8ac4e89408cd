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

// Only a path on this site is followed after login, never another host:
// the value is resolved against a placeholder origin and must stay on it
// (browsers read "/\\host" and "/\t/host" as other hosts).
export function safeCallbackPath(value: string | null | undefined) {
  const placeholder = 'http://praktijkbeoordelen.invalid'

  if (!value || !value.startsWith('/') || /[\\\s]/.test(value)) {
    return null
  }

  let url: URL
  try {
    url = new URL(value, placeholder)
  } catch {
    return null
  }

  const path = `${url.pathname}${url.search}${url.hash}`

  if (
    url.origin !== placeholder ||
    path.startsWith('//') ||
    path.startsWith('/api/') ||
    path.startsWith('/inloggen')
  ) {
    return null
  }

  return path
}
