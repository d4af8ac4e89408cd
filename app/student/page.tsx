import { PeriodesPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Mijn praktijkperiodes' }

export default function StudentPage() {
  return (
    <PeriodesPage
      section="student"
      addLabel="Praktijkperiode toevoegen"
      intro="Kies een praktijkperiode om je werkplan, zelfevaluaties en reflecties bij te houden."
    />
  )
}
