import { SectionNav } from '@/components/section-nav'

export default function BeheerLayout({
  children,
}: {
  children: React.ReactNode
}) {
  return (
    <>
      <SectionNav
        label="Beheer"
        links={[
          { href: '/beheer', label: 'Praktijkperiodes' },
          { href: '/beheer/gebruikers', label: 'Gebruikers' },
          { href: '/beheer/leerbedrijven', label: 'Leerbedrijven' },
          { href: '/beheer/kwalificaties', label: 'Kwalificaties' },
        ]}
      />
      {children}
    </>
  )
}
