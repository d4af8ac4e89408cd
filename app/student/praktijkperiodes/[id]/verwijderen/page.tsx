import { DeletePeriodePage } from '@/components/periode/change-periode-pages'

export const metadata = { title: 'Praktijkperiode verwijderen' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <DeletePeriodePage section="student" periodeId={id} />
}
