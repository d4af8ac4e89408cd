import 'server-only'

import { hasAnyRole } from '@/lib/users/has-role'

import { sendInvitations } from '@/lib/accounts/invite-user'
import { publicBaseUrl } from '@/lib/config'
import { getDb, withAudit, type Db, type Trx } from '@/lib/db'
import { notFoundError } from '@/lib/errors'
import { groepAccess } from '@/lib/groepen/access'
import { sendMailBatch } from '@/lib/mail/send-mail'
import { deliverPendingMail } from '@/lib/mail/deliver-mail'
import { isUuid } from '@/lib/periodes/access'

import { parseStudentCsv, type ParsedStudentRow } from './parse-student-csv'

export type ImportActie = 'nieuw' | 'bestaand' | 'al-in-groep' | 'fout'

export type ImportPreviewRow = ParsedStudentRow & { actie: ImportActie }

type AnnotatedRow = ImportPreviewRow & {
  existingUser: { id: string; hasPassword: boolean } | null
}

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
): Promise<AnnotatedRow[]> {
  const emails = rows.map((row) => row.email).filter(Boolean)
  const existing =
    emails.length === 0
      ? []
      : await db
          .selectFrom('users')
          .select((eb) => [
            'users.id',
            'users.email',
            'users.password_hash',
            hasAnyRole(eb).as('hasRole'),
            eb
              .exists(
                eb
                  .selectFrom('user_roles')
                  .select('user_roles.id')
                  .whereRef('user_roles.user_id', '=', 'users.id')
                  .where('user_roles.school_id', 'is not', null)
                  .where('user_roles.school_id', '!=', groep.schoolId),
              )
              .as('isOtherSchool'),
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

    if (user?.isOtherSchool) {
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

    return {
      ...row,
      problems,
      actie,
      // Only an approved or invited account's password is its owner's; an
      // address with just an unapproved request is invited like a new one.
      existingUser: user
        ? {
            id: user.id,
            hasPassword: user.password_hash !== null && Boolean(user.hasRole),
          }
        : null,
    }
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

  const rows = await annotateRows(db, groep, parsed.rows)

  // Account ids stay on the server.
  return {
    errors: [],
    rows: rows.map((row) => ({ ...row, existingUser: undefined })),
  }
}

export type ImportResult = {
  nieuw: number
  bestaand: number
  overgeslagen: { line: number; email: string; redenen: string[] }[]
}

// Adds the students in one transaction, set-based so a class of a thousand
// takes seconds: new addresses get an account and an invitation, existing
// accounts a notification. Rows with problems are skipped; if anything
// fails, nothing at all is written.
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
      const accepted = annotated.filter(
        (row) => row.actie === 'nieuw' || row.actie === 'bestaand',
      )
      const created = await insertNewUsers(trx, {
        rows: accepted.filter((row) => !row.existingUser),
        schoolId: groep.schoolId,
      })
      const members = accepted.map((row) => ({
        row,
        userId: row.existingUser?.id ?? created.get(row.email)!,
        needsInvitation: !row.existingUser?.hasPassword,
      }))
      await resetUnapprovedAccounts(
        trx,
        members
          .filter((member) => member.row.existingUser && member.needsInvitation)
          .map((member) => member.row),
      )

      if (members.length > 0) {
        await trx
          .insertInto('user_roles')
          .values(
            members.map(({ userId }) => ({
              user_id: userId,
              role: 'student' as const,
              school_id: groep.schoolId,
            })),
          )
          .onConflict((oc) => oc.doNothing())
          .execute()
        await trx
          .insertInto('groep_studenten')
          .values(
            members.map(({ row, userId }) => ({
              groep_id: groep.id,
              user_id: userId,
              status: 'actief' as const,
              studentnummer: row.studentnummer,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['groep_id', 'user_id']).doUpdateSet((eb) => ({
              status: 'actief',
              studentnummer: eb.ref('excluded.studentnummer'),
            })),
          )
          .execute()
      }

      const invited = members.filter((member) => member.needsInvitation)
      const notified = members.filter((member) => !member.needsInvitation)
      await sendInvitations(trx, {
        users: invited.map(({ row, userId }) => ({
          userId,
          email: row.email,
          voornaam: row.voornaam,
        })),
        invitedBy: actorNaam,
        schoolNaam: groep.schoolNaam,
        rolOmschrijving: `student in groep ${groep.naam}`,
      })
      await sendMailBatch(trx, {
        template: 'toegevoegd-aan-groep',
        messages: notified.map(({ row, userId }) => ({
          to: row.email,
          idempotencyKey: `groep:${groep.id}:${userId}`,
          data: {
            naam: row.voornaam,
            groepNaam: groep.naam,
            schoolNaam: groep.schoolNaam,
            link: `${publicBaseUrl()}/inloggen`,
          },
        })),
      })

      return {
        nieuw: invited.length,
        bestaand: notified.length,
        overgeslagen: annotated
          .filter((row) => row.actie === 'fout' || row.actie === 'al-in-groep')
          .map((row) => ({
            line: row.line,
            email: row.email,
            redenen:
              row.actie === 'fout'
                ? row.problems
                : ['Deze student zit al in de groep.'],
          })),
      }
    },
  )

  await deliverPendingMail()

  return result
}

// Someone may have asked to join with this address before the school
// listed it; the school's data wins and the password they chose is dropped,
// so only the owner of the address, through the invitation, can set one.
async function resetUnapprovedAccounts(trx: Trx, rows: AnnotatedRow[]) {
  for (const row of rows) {
    await trx
      .updateTable('users')
      .set({
        password_hash: null,
        voornaam: row.voornaam,
        tussenvoegsel: row.tussenvoegsel,
        achternaam: row.achternaam,
      })
      .where('id', '=', row.existingUser!.id)
      .where((eb) => eb.not(hasAnyRole(eb)))
      .execute()
  }
}

async function insertNewUsers(
  trx: Trx,
  { rows, schoolId }: { rows: AnnotatedRow[]; schoolId: string },
) {
  if (rows.length === 0) {
    return new Map<string, string>()
  }

  const inserted = await trx
    .insertInto('users')
    .values(
      rows.map((row) => ({
        email: row.email,
        voornaam: row.voornaam,
        tussenvoegsel: row.tussenvoegsel,
        achternaam: row.achternaam,
        school_id: schoolId,
        password_hash: null,
      })),
    )
    .returning(['id', 'email'])
    .execute()

  return new Map(inserted.map((user) => [user.email, user.id]))
}
