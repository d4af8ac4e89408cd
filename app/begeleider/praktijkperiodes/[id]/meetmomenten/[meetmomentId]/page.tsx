import { MeetmomentReadPage } from '@/components/periode/role-pages'

export const metadata = { title: 'Meetmoment' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string; meetmomentId: string }>
}) {
  const { id, meetmomentId } = await params

  return (
    <MeetmomentReadPage
      section="begeleider"
      periodeId={id}
      meetmomentId={meetmomentId}
    />
  )
}
