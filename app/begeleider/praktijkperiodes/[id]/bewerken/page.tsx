import { EditPeriodePage } from '@/components/periode/change-periode-pages'

export const metadata = { title: 'Praktijkperiode bewerken' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <EditPeriodePage section="begeleider" periodeId={id} />
}
