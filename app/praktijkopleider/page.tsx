import { PeriodesPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Praktijkperiodes' }

export default function PraktijkopleiderPage() {
  return (
    <PeriodesPage
      section="praktijkopleider"
      intro="De studenten die jij als praktijkopleider of BPV-beoordelaar begeleidt en beoordeelt."
    />
  )
}
