import { PeriodesPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Praktijkperiodes' }

export default function BegeleiderPage() {
  return (
    <PeriodesPage
      section="begeleider"
      addLabel="Praktijkperiode klaarzetten"
      intro="De praktijkperiodes van de studenten in jouw groepen."
    />
  )
}
