import Link from 'next/link'

// The tabs of one periode; later parts (planning, uren, …) add theirs here.
export function PeriodeNav({
  basePath,
  current,
}: {
  basePath: string
  current: 'overzicht' | 'meetmomenten'
}) {
  const tabs = [
    { key: 'overzicht', label: 'Overzicht', href: basePath },
    {
      key: 'meetmomenten',
      label: 'Meetmomenten',
      href: `${basePath}/meetmomenten`,
    },
  ] as const

  return (
    <nav
      aria-label="Praktijkperiode"
      className="mb-6 border-b border-slate-200"
    >
      <ul className="flex flex-wrap gap-4">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? 'page' : undefined}
              className={
                tab.key === current
                  ? 'inline-block border-b-4 border-brand-700 pb-2 font-semibold text-slate-900 no-underline'
                  : 'inline-block pb-2'
              }
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
