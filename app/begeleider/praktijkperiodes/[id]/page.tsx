import { PeriodeOverviewPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Praktijkperiode' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <PeriodeOverviewPage section="begeleider" periodeId={id} />
}
