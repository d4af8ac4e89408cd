import { DeletePeriodePage } from '@/components/periode/setup-pages'

export const metadata = { title: 'Praktijkperiode verwijderen' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <DeletePeriodePage section="student" periodeId={id} />
}
