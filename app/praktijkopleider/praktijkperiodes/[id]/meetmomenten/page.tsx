import { MeetmomentenPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Meetmomenten' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <MeetmomentenPage section="praktijkopleider" periodeId={id} />
}
