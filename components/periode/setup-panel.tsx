import Link from 'next/link'

import type { PraktijkperiodeDetail } from '@/lib/periodes/find-praktijkperiode'

import { primaryButton, secondaryButton } from '../buttons'

// On the overview of a periode that can still change: what is missing to
// make it ready, and the pencil and the bin.
export function SetupPanel({
  basePath,
  periode,
}: {
  basePath: string
  periode: PraktijkperiodeDetail
}) {
  if (!periode.canChangeSetup) {
    return null
  }

  const isSchool = periode.locatie === 'school'
  const choosePath = `${basePath}/${isSchool ? 'beoordelaar' : 'praktijkopleider'}`

  return (
    <section
      aria-labelledby="instellen-kop"
      className="rounded border border-slate-200 bg-white p-4"
    >
      <h2 id="instellen-kop" className="mb-3 text-xl font-semibold">
        {periode.isReady ? 'Instellingen' : 'Nog niet klaar'}
      </h2>
      {periode.isReady ? null : (
        <p className="mb-3">
          {isSchool
            ? 'Kies de BPV-beoordelaar van school; daarna staat de periode klaar.'
            : 'Kies het leerbedrijf en de praktijkopleider; daarna staat de periode klaar.'}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Link
          href={choosePath}
          className={periode.isReady ? secondaryButton : primaryButton}
        >
          {isSchool
            ? periode.isReady
              ? 'BPV-beoordelaar wijzigen'
              : 'BPV-beoordelaar kiezen'
            : periode.isReady
              ? 'Praktijkopleider wijzigen'
              : 'Leerbedrijf en praktijkopleider kiezen'}
        </Link>
        <Link href={`${basePath}/bewerken`} className={secondaryButton}>
          <span aria-hidden="true" className="mr-1">
            ✎
          </span>
          Bewerken
        </Link>
        <Link href={`${basePath}/verwijderen`} className={secondaryButton}>
          <span aria-hidden="true" className="mr-1">
            🗑
          </span>
          Verwijderen
        </Link>
      </div>
      <p className="mt-3 text-sm text-slate-700">
        Bewerken en verwijderen kan tot er in de periode gewerkt wordt.
      </p>
    </section>
  )
}
