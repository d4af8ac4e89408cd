import { NewPeriodePage } from '@/components/periode/new-periode-page'

export const metadata = {
  title: 'Praktijkperiode klaarzetten',
}

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<{ kwalificatie?: string }>
}) {
  const { kwalificatie } = await searchParams

  return (
    <NewPeriodePage section="begeleider" kwalificatieParam={kwalificatie} />
  )
}
