import { ChooseBeoordelaarPage } from '@/components/periode/choose-people-pages'

export const metadata = { title: 'BPV-beoordelaar kiezen' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <ChooseBeoordelaarPage section="begeleider" periodeId={id} />
}
