import { ChooseBeoordelaarPage } from '@/components/periode/setup-pages'

export const metadata = { title: 'BPV-beoordelaar kiezen' }

export default async function Page({
  params,
}: {
  params: Promise<{ id: string }>
}) {
  const { id } = await params

  return <ChooseBeoordelaarPage section="begeleider" periodeId={id} />
}
