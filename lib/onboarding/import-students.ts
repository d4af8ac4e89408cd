import 'server-only'

import { ensureUserWithRole, sendInvitation } from '@/lib/accounts/invite-user'
import { publicBaseUrl } from '@/lib/config'
import { getDb, withAudit, type Db, type Trx } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { groepAccess } from '@/lib/groepen/access'
import { sendMail } from '@/lib/mail/send-mail'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { isUuid } from '@/lib/periodes/access'

import { parseStudentCsv, type ParsedStudentRow } from './parse-student-csv'

export type ImportActie = 'nieuw' | 'bestaand' | 'al-in-groep' | 'fout'

export type ImportPreviewRow = ParsedStudentRow & { actie: ImportActie }

export type ImportPreview = {
  errors: string[]
  rows: ImportPreviewRow[]
}

async function loadGroep(db: Db | Trx, actorId: string, groepId: string) {
  if (!isUuid(groepId)) {
    throw notFoundError()
  }

  const groep = await db
    .selectFrom('groepen')
    .innerJoin('scholen', 'scholen.id', 'groepen.school_id')
    .select([
      'groepen.id',
      'groepen.naam',
      'groepen.school_id as schoolId',
      'scholen.naam as schoolNaam',
    ])
    .where('groepen.id', '=', groepId)
    .where((eb) => groepAccess(eb, actorId))
    .executeTakeFirst()

  if (!groep) {
    throw notFoundError()
  }

  return groep
}

// What importing each row would do, without writing anything.
async function annotateRows(
  db: Db | Trx,
  groep: { id: string; schoolId: string },
  rows: ParsedStudentRow[],
): Promise<ImportPreviewRow[]> {
  const emails = rows.map((row) => row.email).filter(Boolean)
  const existing =
    emails.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select((eb) => [
            'users.id',
            'users.email',
            'users.school_id as schoolId',
            eb
              .exists(
                eb
                  .selectFrom('user_roles')
                  .select('user_roles.id')
                  .whereRef('user_roles.user_id', '=', 'users.id')
                  .where('user_roles.role', '!=', 'student'),
              )
              .as('isStaff'),
            eb
              .exists(
                eb
                  .selectFrom('groep_studenten')
                  .select('groep_studenten.user_id')
                  .whereRef('groep_studenten.user_id', '=', 'users.id')
                  .where('groep_studenten.groep_id', '=', groep.id)
                  .where('groep_studenten.status', '=', 'actief'),
              )
              .as('isMember'),
          ])
          .where('users.email', 'in', emails)
          .execute()
  const byEmail = new Map(existing.map((user) => [user.email, user]))

  return rows.map((row) => {
    const user = byEmail.get(row.email)
    const problems = [...row.problems]

    if (user && user.schoolId && user.schoolId !== groep.schoolId) {
      problems.push('Dit adres hoort bij een account van een andere school.')
    }
    if (user?.isStaff) {
      problems.push('Dit adres hoort bij een medewerker, niet bij een student.')
    }

    const actie: ImportActie =
      problems.length > 0
        ? 'fout'
        : !user
          ? 'nieuw'
          : user.isMember
            ? 'al-in-groep'
            : 'bestaand'

    return { ...row, problems, actie }
  })
}

export async function previewStudentImport({
  actorId,
  groepId,
  bytes,
}: {
  actorId: string
  groepId: string
  bytes: Uint8Array
}): Promise<ImportPreview> {
  const db = getDb()
  const groep = await loadGroep(db, actorId, groepId)
  const parsed = parseStudentCsv(bytes)

  if (parsed.errors.length > 0) {
    return { errors: parsed.errors, rows: [] }
  }

  return { errors: [], rows: await annotateRows(db, groep, parsed.rows) }
}

export type ImportResult = {
  nieuw: number
  bestaand: number
  overgeslagen: { line: number; email: string; redenen: string[] }[]
}

// Adds the students in one transaction: new addresses get an invitation,
// existing accounts a notification. Rows with problems are skipped; if
// anything fails, nothing at all is written.
export async function importStudents({
  actorId,
  actorNaam,
  groepId,
  rows,
}: {
  actorId: string
  actorNaam: string
  groepId: string
  rows: ParsedStudentRow[]
}): Promise<ImportResult> {
  const result = await withAudit(
    { actorId, action: 'groep.import-students' },
    async (trx) => {
      const groep = await loadGroep(trx, actorId, groepId)
      const annotated = await annotateRows(trx, groep, rows)
      const counts: ImportResult = { nieuw: 0, bestaand: 0, overgeslagen: [] }

      for (const row of annotated) {
        if (row.actie === 'fout' || row.actie === 'al-in-groep') {
          counts.overgeslagen.push({
            line: row.line,
            email: row.email,
            redenen:
              row.actie === 'fout'
                ? row.problems
                : ['Deze student zit al in de groep.'],
          })
          continue
        }

        const { userId, isNew } = await ensureUserWithRole(trx, {
          email: row.email,
          voornaam: row.voornaam,
          tussenvoegsel: row.tussenvoegsel,
          achternaam: row.achternaam,
          role: 'student',
          schoolId: groep.schoolId,
        })
        await trx
          .insertInto('groep_studenten')
          .values({
            groep_id: groep.id,
            user_id: userId,
            status: 'actief',
            studentnummer: row.studentnummer,
          })
          .onConflict((oc) =>
            oc.columns(['groep_id', 'user_id']).doUpdateSet({
              status: 'actief',
              studentnummer: row.studentnummer,
            }),
          )
          .execute()

        if (isNew) {
          await sendInvitation(trx, {
            userId,
            invitedBy: actorNaam,
            schoolNaam: groep.schoolNaam,
            rolOmschrijving: `student in groep ${groep.naam}`,
          })
          counts.nieuw += 1
        } else {
          await sendMail(trx, {
            template: 'toegevoegd-aan-groep',
            to: row.email,
            idempotencyKey: `groep:${groep.id}:${userId}`,
            data: {
              naam: row.voornaam,
              groepNaam: groep.naam,
              schoolNaam: groep.schoolNaam,
              link: `${publicBaseUrl()}/inloggen`,
            },
          })
          counts.bestaand += 1
        }
      }

      return counts
    },
  )

  await deliverPendingMail()

  return result
}
