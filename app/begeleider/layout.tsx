import { SectionNav } from '@/components/section-nav'

export default function BegeleiderLayout({
  children,
}: {
  children: React.ReactNode
}) {
  return (
    <>
      <SectionNav
        label="Begeleiden"
        links={[
          { href: '/begeleider', label: 'Praktijkperiodes' },
          { href: '/begeleider/groepen', label: 'Groepen' },
        ]}
      />
      {children}
    </>
  )
}
