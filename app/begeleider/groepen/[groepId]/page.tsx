import Link from 'next/link'

import { BackLink } from '@/components/back-link'
import { ButtonForm } from '@/components/button-form'
import { primaryButton } from '@/components/buttons'
import { requireSectionActor } from '@/lib/auth/session'
import { formatTijdstip } from '@/lib/dates'
import { findGroepOrThrow } from '@/lib/groepen/find-groep'
import { loadOrNotFound } from '@/lib/pages'
import { formatSortName } from '@/lib/users/sort-names'

import {
  decideAction,
  renewCodeAction,
  resendInvitationAction,
} from '../actions'
import { AddStudentForm } from './add-student-form'

export const metadata = { title: 'Groep' }

export default async function GroepPage({
  params,
}: {
  params: Promise<{ groepId: string }>
}) {
  const { groepId } = await params
  const actor = await requireSectionActor(
    'begeleider',
    `/begeleider/groepen/${groepId}`,
  )
  const groep = await loadOrNotFound(
    findGroepOrThrow({ actorId: actor.id, groepId }),
  )

  return (
    <>
      <BackLink href="/begeleider/groepen" label="Terug naar groepen" />
      <h1 className="mb-1 text-2xl font-bold">Groep {groep.naam}</h1>
      <p className="mb-6 text-slate-700">
        {[
          groep.schoolNaam,
          groep.cohort && `cohort ${groep.cohort}`,
          groep.kwalificatieNaam &&
            `${groep.kwalificatieNaam} (${groep.crebo})`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>

      <div className="space-y-10">
        <section
          aria-labelledby="groepscode-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="groepscode-kop" className="mb-2 text-xl font-semibold">
            Groepscode
          </h2>
          <p className="mb-3">
            Studenten melden zich aan op de pagina Registreren met deze code:
          </p>
          <p
            className="mb-3 font-mono text-2xl tracking-widest"
            data-testid="groepscode"
          >
            {groep.groepscode}
          </p>
          <ButtonForm
            action={renewCodeAction}
            hidden={{ groepId: groep.id }}
            buttons={[{ label: 'Nieuwe code maken' }]}
          />
        </section>

        <section aria-labelledby="aanvragen-kop">
          <h2 id="aanvragen-kop" className="mb-3 text-xl font-semibold">
            Aanmeldingen ({groep.aanvragen.length})
          </h2>
          {groep.aanvragen.length === 0 ? (
            <p>Er wachten geen aanmeldingen.</p>
          ) : (
            <ul className="space-y-3">
              {groep.aanvragen.map((aanvraag) => (
                <li
                  key={aanvraag.id}
                  className="rounded border border-amber-300 bg-amber-50 p-4"
                >
                  <p className="font-semibold">{formatSortName(aanvraag)}</p>
                  <p className="text-sm">
                    {aanvraag.email}, aangemeld op{' '}
                    {formatTijdstip(aanvraag.aangemeldOp)}
                  </p>
                  <div className="mt-2">
                    <ButtonForm
                      action={decideAction}
                      hidden={{ groepId: groep.id, studentId: aanvraag.id }}
                      buttons={[
                        {
                          label: `Goedkeuren`,
                          name: 'besluit',
                          value: 'goedkeuren',
                          isPrimary: true,
                        },
                        {
                          label: `Afwijzen`,
                          name: 'besluit',
                          value: 'afwijzen',
                        },
                      ]}
                    />
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="studenten-kop">
          <h2 id="studenten-kop" className="mb-3 text-xl font-semibold">
            Studenten ({groep.studenten.length})
          </h2>
          <p className="mb-4">
            <Link
              href={`/begeleider/groepen/${groep.id}/importeren`}
              className={primaryButton}
            >
              Studenten importeren uit een bestand
            </Link>
          </p>
          {groep.studenten.length === 0 ? (
            <p>Er zitten nog geen studenten in deze groep.</p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
              {groep.studenten.map((student) => (
                <li key={student.id} className="p-3">
                  <p className="font-semibold">{formatSortName(student)}</p>
                  <p className="text-sm break-all">
                    {student.email}
                    {student.studentnummer
                      ? ` · studentnummer ${student.studentnummer}`
                      : ''}
                  </p>
                  {student.heeftWachtwoord ? null : (
                    <div className="mt-2 text-sm">
                      <p className="mb-1 text-slate-700">
                        Heeft de uitnodiging nog niet gebruikt.
                      </p>
                      <ButtonForm
                        action={resendInvitationAction}
                        hidden={{ groepId: groep.id, userId: student.id }}
                        buttons={[{ label: 'Uitnodiging opnieuw sturen' }]}
                      />
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section
          aria-labelledby="toevoegen-kop"
          className="rounded border border-slate-200 bg-white p-4"
        >
          <h2 id="toevoegen-kop" className="mb-3 text-xl font-semibold">
            Eén student toevoegen
          </h2>
          <AddStudentForm groepId={groep.id} />
        </section>
      </div>
    </>
  )
}
