import { ChoosePraktijkopleiderPage } from '@/components/periode/choose-people-pages'

export const metadata = { title: 'Leerbedrijf en praktijkopleider kiezen' }

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: Promise<{ zoek?: string; leerbedrijf?: string }>
}) {
  const { id } = await params
  const { zoek, leerbedrijf } = await searchParams

  return (
    <ChoosePraktijkopleiderPage
      section="begeleider"
      periodeId={id}
      zoek={zoek}
      leerbedrijfParam={leerbedrijf}
    />
  )
}
