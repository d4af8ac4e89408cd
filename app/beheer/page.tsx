import { PeriodesPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Beheer' }

export default function BeheerPage() {
  return (
    <PeriodesPage
      section="beheer"
      intro="Alle praktijkperiodes van jouw school."
    />
  )
}
