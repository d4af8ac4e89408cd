import Link from 'next/link'

import { requireSectionActor } from '@/lib/auth/session'
import type { Section } from '@/lib/auth/roles'
import { findMeetmomentOrThrow } from '@/lib/meetmomenten/find-meetmoment'
import { listMeetmomenten } from '@/lib/meetmomenten/list-meetmomenten'
import { findPraktijkperiodeOrThrow } from '@/lib/periodes/find-praktijkperiode'
import { listPraktijkperiodes } from '@/lib/periodes/list-praktijkperiodes'
import { loadOrNotFound } from '@/lib/pages'

import { BackLink } from '../back-link'
import { primaryButton } from '../buttons'
import { MeetmomentView } from '../meetmoment/meetmoment-view'
import { MeetmomentenTable } from './meetmomenten-table'
import { PeriodeList } from './periode-list'
import { PeriodeNav } from './periode-nav'
import { PeriodeSummary, WerkprocessenList } from './periode-summary'
import { SetupPanel } from './setup-panel'

// The pages every role has for the periodes it is part of. Each route file
// is a thin wrapper that names its section.

export async function PeriodesPage({
  section,
  intro,
  addLabel,
}: {
  section: Section
  intro: string
  addLabel?: string
}) {
  const actor = await requireSectionActor(section, `/${section}`)
  const periodes = await listPraktijkperiodes({ actorId: actor.id, section })

  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">Praktijkperiodes</h1>
      <p className="mb-6 text-slate-700">{intro}</p>
      {addLabel ? (
        <p className="mb-6">
          <Link
            href={`/${section}/praktijkperiodes/nieuw`}
            className={primaryButton}
          >
            {addLabel}
          </Link>
        </p>
      ) : null}
      <PeriodeList periodes={periodes} section={section} />
    </>
  )
}

async function loadPeriode(section: Section, periodeId: string, path: string) {
  const actor = await requireSectionActor(section, path)
  const periode = await loadOrNotFound(
    findPraktijkperiodeOrThrow({ actorId: actor.id, section, periodeId }),
  )

  return { actor, periode }
}

export async function PeriodeOverviewPage({
  section,
  periodeId,
}: {
  section: Section
  periodeId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const { actor, periode } = await loadPeriode(section, periodeId, basePath)
  const meetmomenten = await listMeetmomenten({
    actorId: actor.id,
    section,
    periodeId,
  })
  const aantalWerkprocessen = periode.kerntaken.flatMap(
    (kerntaak) => kerntaak.werkprocessen,
  ).length

  return (
    <>
      <BackLink href={`/${section}`} label="Terug naar praktijkperiodes" />
      <h1 className="mb-4 text-2xl font-bold">
        Praktijkperiode{' '}
        {section === 'student' ? '' : `van ${periode.studentNaam}`}
      </h1>
      <PeriodeNav basePath={basePath} current="overzicht" />
      <div className="space-y-8">
        <SetupPanel basePath={basePath} periode={periode} />
        <PeriodeSummary periode={periode} />
        <WerkprocessenList periode={periode} />
        <section aria-labelledby="meetmomenten-kop">
          <h2 id="meetmomenten-kop" className="mb-3 text-xl font-semibold">
            Meetmomenten
          </h2>
          <MeetmomentenTable
            meetmomenten={meetmomenten}
            basePath={`${basePath}/meetmomenten`}
            aantalWerkprocessen={aantalWerkprocessen}
          />
        </section>
      </div>
    </>
  )
}

export async function MeetmomentenPage({
  section,
  periodeId,
}: {
  section: Section
  periodeId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}`
  const { actor, periode } = await loadPeriode(
    section,
    periodeId,
    `${basePath}/meetmomenten`,
  )
  const meetmomenten = await listMeetmomenten({
    actorId: actor.id,
    section,
    periodeId,
  })
  const aantalWerkprocessen = periode.kerntaken.flatMap(
    (kerntaak) => kerntaak.werkprocessen,
  ).length
  const isOpenForWork = section === 'student' && periode.status !== 'afgesloten'

  return (
    <>
      <BackLink href={`/${section}`} label="Terug naar praktijkperiodes" />
      <h1 className="mb-4 text-2xl font-bold">Meetmomenten</h1>
      <PeriodeNav basePath={basePath} current="meetmomenten" />
      {isOpenForWork && !periode.isReady ? (
        <p className="mb-6 rounded border border-amber-300 bg-amber-50 px-3 py-2">
          Je kunt meetmomenten toevoegen zodra de periode klaarstaat.{' '}
          <Link href={basePath}>Kies eerst wie jou beoordeelt</Link>.
        </p>
      ) : null}
      {isOpenForWork && periode.isReady ? (
        <p className="mb-6">
          <Link
            href={`${basePath}/meetmomenten/nieuw`}
            className={primaryButton}
          >
            Toevoegen
          </Link>
        </p>
      ) : null}
      <MeetmomentenTable
        meetmomenten={meetmomenten}
        basePath={`${basePath}/meetmomenten`}
        aantalWerkprocessen={aantalWerkprocessen}
      />
    </>
  )
}

export async function MeetmomentReadPage({
  section,
  periodeId,
  meetmomentId,
}: {
  section: Section
  periodeId: string
  meetmomentId: string
}) {
  const basePath = `/${section}/praktijkperiodes/${periodeId}/meetmomenten`
  const { actor, periode } = await loadPeriode(
    section,
    periodeId,
    `${basePath}/${meetmomentId}`,
  )
  const meetmoment = await loadOrNotFound(
    findMeetmomentOrThrow({
      actorId: actor.id,
      section,
      periodeId,
      meetmomentId,
    }),
  )

  return (
    <>
      <BackLink href={basePath} label="Terug naar meetmomenten" />
      <h1 className="mb-4 text-2xl font-bold">
        {meetmoment.soort === 'zelfevaluatie'
          ? 'Zelfevaluatie'
          : 'Voortgangsmeting'}{' '}
        van {periode.studentNaam}
      </h1>
      <MeetmomentView meetmoment={meetmoment} kerntaken={periode.kerntaken} />
    </>
  )
}
