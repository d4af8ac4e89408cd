import { randomUUID } from 'node:crypto'

import { beforeEach, describe, expect, it } from 'vitest'

import {
  confirmRegistration,
  registerStudent,
} from '@/lib/accounts/register-student'
import { requestPasswordReset } from '@/lib/accounts/request-password-reset'
import { setUserBlocked } from '@/lib/accounts/school-users'
import { setPasswordWithToken } from '@/lib/accounts/set-password-with-token'
import { changePassword } from '@/lib/accounts/update-account'
import { hashPassword } from '@/lib/auth/password'
import { inspectToken } from '@/lib/auth/tokens'
import { verifyCredentials } from '@/lib/auth/verify-credentials'
import { getDb } from '@/lib/db'
import { AppError } from '@/lib/errors'
import { createGroep } from '@/lib/groepen/create-groep'
import { decideAanvraag } from '@/lib/groepen/decide-aanvraag'
import { findGroepOrThrow } from '@/lib/groepen/find-groep'
import {
  importStudents,
  previewStudentImport,
} from '@/lib/onboarding/import-students'
import { parseStudentCsv } from '@/lib/onboarding/parse-student-csv'

import { createScenario, type Scenario } from './scenario'

let s: Scenario
let groepId: string
let groepscode: string

function csv(text: string) {
  return new TextEncoder().encode(text)
}

async function outboxFor(recipient: string) {
  return getDb()
    .selectFrom('mail_outbox')
    .select(['subject', 'text', 'html'])
    .where('recipient', '=', recipient)
    .orderBy('created_at')
    .execute()
}

function linkIn(text: string, path: string) {
  const match = text.match(new RegExp(`https?://\\S+${path}/([A-Za-z0-9_-]+)`))
  if (!match) {
    throw new Error(`no ${path} link in mail: ${text}`)
  }

  return match[1]
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).code).toBe(code)
}

beforeEach(async () => {
  s = await createScenario()
  groepId = await createGroep({
    actorId: s.begeleiderId,
    naam: 'SD4B',
    cohort: '2025',
    kwalificatieId: null,
  })
  const groep = await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
  groepscode = groep.groepscode
})

describe('import and invitation', () => {
  it('previews without writing, then invites new addresses once', async () => {
    const email = `${randomUUID()}@student.nl`
    const bytes = csv(
      `Voornaam;Tussenvoegsel;Achternaam;E-mailadres;Studentnummer\r\n` +
        `Zoë;van der;Berg;${email.toUpperCase()};123\r\n` +
        `Piet;;Fout;geen-adres;124\r\n`,
    )

    const preview = await previewStudentImport({
      actorId: s.begeleiderId,
      groepId,
      bytes,
    })
    expect(preview.rows.map((row) => row.actie)).toEqual(['nieuw', 'fout'])
    expect(await outboxFor(email)).toEqual([])
    expect(
      await getDb()
        .selectFrom('users')
        .select('id')
        .where('email', '=', email)
        .execute(),
    ).toEqual([])

    const result = await importStudents({
      actorId: s.begeleiderId,
      actorNaam: 'Begeleider',
      groepId,
      rows: parseStudentCsv(bytes).rows,
    })
    expect(result.nieuw).toBe(1)
    expect(result.overgeslagen.map((row) => row.line)).toEqual([3])

    const [mail] = await outboxFor(email)
    const token = linkIn(mail.text, '/uitnodiging')

    // Opening the link (as a mail scanner does) does not use it up.
    expect(
      (await inspectToken(getDb(), { token, purpose: 'uitnodiging' })).status,
    ).toBe('valid')
    expect(
      (await inspectToken(getDb(), { token, purpose: 'uitnodiging' })).status,
    ).toBe('valid')

    await setPasswordWithToken({
      token,
      purpose: 'uitnodiging',
      password: 'Een-goed-wachtwoord',
    })
    expect(
      (await inspectToken(getDb(), { token, purpose: 'uitnodiging' })).status,
    ).toBe('used')
    await expectAppError(
      setPasswordWithToken({
        token,
        purpose: 'uitnodiging',
        password: 'Nog-een-wachtwoord',
      }),
      'INVALID',
    )

    const login = await verifyCredentials({
      email: ` ${email.toUpperCase()} `,
      password: 'Een-goed-wachtwoord',
      clientAddress: randomUUID(),
    })
    expect(login.status).toBe('ok')
    const groep = await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
    expect(groep.studenten.map((student) => student.voornaam)).toEqual(['Zoë'])
  })

  it('notifies an existing account instead of inviting it', async () => {
    const existing = await getDb()
      .updateTable('users')
      .set({ password_hash: await hashPassword('Al-een-wachtwoord') })
      .where('id', '=', s.studentId)
      .returning('email')
      .executeTakeFirstOrThrow()

    const result = await importStudents({
      actorId: s.begeleiderId,
      actorNaam: 'Begeleider',
      groepId,
      rows: parseStudentCsv(
        csv(`voornaam,achternaam,email\nTest,Student,${existing.email}\n`),
      ).rows,
    })

    expect(result).toMatchObject({ nieuw: 0, bestaand: 1 })
    const mails = await outboxFor(existing.email)
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain('SD4B')
  })

  it('lets no begeleider import into another begeleider’s group', async () => {
    await expectAppError(
      previewStudentImport({
        actorId: s.groepBegeleiderId,
        groepId,
        bytes: csv('voornaam;achternaam;email\nA;B;a@b.nl\n'),
      }),
      'NOT_FOUND',
    )
  })

  it('refuses an expired link and explains it', async () => {
    const email = `${randomUUID()}@student.nl`
    await importStudents({
      actorId: s.begeleiderId,
      actorNaam: 'Begeleider',
      groepId,
      rows: parseStudentCsv(csv(`voornaam;achternaam;email\nA;B;${email}\n`))
        .rows,
    })
    const [mail] = await outboxFor(email)
    const token = linkIn(mail.text, '/uitnodiging')
    await getDb()
      .updateTable('auth_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where(
        'user_id',
        '=',
        (
          await getDb()
            .selectFrom('users')
            .select('id')
            .where('email', '=', email)
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute()

    expect(
      (await inspectToken(getDb(), { token, purpose: 'uitnodiging' })).status,
    ).toBe('expired')
  })
})

describe('self-registration', () => {
  async function register(email: string, password: string, code = groepscode) {
    await registerStudent({
      groepscode: code,
      voornaam: 'Sem',
      tussenvoegsel: '',
      achternaam: 'de Jong',
      email,
      password,
      clientAddress: randomUUID(),
    })
  }

  async function confirmFromMail(email: string) {
    const mails = await outboxFor(email)
    const token = linkIn(mails.at(-1)!.text, '/registreren/bevestigen')
    await confirmRegistration({ token })
  }

  const login = (email: string, password: string) =>
    verifyCredentials({ email, password, clientAddress: randomUUID() }).then(
      (result) => result.status,
    )

  it('counts only after the address is confirmed, then waits for approval', async () => {
    const email = `${randomUUID()}@student.nl`
    await register(
      email,
      'Mijn-wachtwoord-1',
      groepscode.toLowerCase().replace(/(.{4})/, '$1 '),
    )

    expect(await login(email, 'Mijn-wachtwoord-1')).toBe('unconfirmed')
    let groep = await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
    expect(groep.aanvragen).toEqual([])

    await confirmFromMail(email)
    expect(await login(email, 'Mijn-wachtwoord-1')).toBe('pending')
    groep = await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
    expect(groep.aanvragen.map((aanvraag) => aanvraag.email)).toEqual([email])

    const [studentId] = groep.aanvragen.map((aanvraag) => aanvraag.id)
    await decideAanvraag({
      actorId: s.begeleiderId,
      groepId,
      studentId,
      isApproved: true,
    })
    await expectAppError(
      decideAanvraag({
        actorId: s.begeleiderId,
        groepId,
        studentId,
        isApproved: false,
      }),
      'CONFLICT',
    )

    expect(await login(email, 'Mijn-wachtwoord-1')).toBe('ok')
    const mails = await outboxFor(email)
    expect(mails.at(-1)!.text).toContain('SD4B')
  })

  it('lets a rejected student ask again', async () => {
    const email = `${randomUUID()}@student.nl`
    await register(email, 'Eerste-wachtwoord')
    await confirmFromMail(email)
    const [aanvraag] = (
      await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
    ).aanvragen
    await decideAanvraag({
      actorId: s.begeleiderId,
      groepId,
      studentId: aanvraag.id,
      isApproved: false,
    })
    expect(await login(email, 'Eerste-wachtwoord')).toBe('refused')

    await register(email, 'Tweede-wachtwoord')
    await confirmFromMail(email)

    const groep = await findGroepOrThrow({ actorId: s.begeleiderId, groepId })
    expect(groep.aanvragen.map((a) => a.email)).toEqual([email])
    expect(await login(email, 'Tweede-wachtwoord')).toBe('pending')
  })

  it('never lets a stranger’s registration take over a listed student', async () => {
    const email = `${randomUUID()}@student.nl`
    await register(email, 'Wachtwoord-van-indringer')

    const result = await importStudents({
      actorId: s.begeleiderId,
      actorNaam: 'Begeleider',
      groepId,
      rows: parseStudentCsv(
        csv(`voornaam;achternaam;email\nZoë;Echt;${email}\n`),
      ).rows,
    })

    expect(result).toMatchObject({ nieuw: 1, bestaand: 0 })
    expect(await login(email, 'Wachtwoord-van-indringer')).toBe('refused')
    const invitation = (await outboxFor(email)).find((mail) =>
      mail.text.includes('/uitnodiging/'),
    )
    expect(invitation?.text).toContain('Zoë')
  })

  it('gives a wrong code a neutral refusal and slows down repeats', async () => {
    const clientAddress = randomUUID()
    const attempt = () =>
      registerStudent({
        groepscode: 'ZZZZZZZZ',
        voornaam: 'Test',
        tussenvoegsel: '',
        achternaam: 'Poging',
        email: `${randomUUID()}@student.nl`,
        password: 'Mijn-wachtwoord-1',
        clientAddress,
      })

    for (let i = 0; i < 10; i++) {
      await expectAppError(attempt(), 'INVALID')
    }
    await expectAppError(attempt(), 'FORBIDDEN')
  })
})

describe('accounts', () => {
  async function giveStudentPassword(password: string) {
    await getDb()
      .updateTable('users')
      .set({ password_hash: await hashPassword(password) })
      .where('id', '=', s.studentId)
      .execute()
    const { email } = await getDb()
      .selectFrom('users')
      .select('email')
      .where('id', '=', s.studentId)
      .executeTakeFirstOrThrow()

    return email
  }

  async function sessionVersion() {
    const row = await getDb()
      .selectFrom('users')
      .select('session_version')
      .where('id', '=', s.studentId)
      .executeTakeFirstOrThrow()

    return row.session_version
  }

  it('changes a password only with the current one and ends sessions', async () => {
    await giveStudentPassword('Oud-wachtwoord-1')
    const before = await sessionVersion()

    await expectAppError(
      changePassword({
        actorId: s.studentId,
        currentPassword: 'fout',
        newPassword: 'Nieuw-wachtwoord-1',
      }),
      'INVALID',
    )
    expect(await sessionVersion()).toBe(before)

    await changePassword({
      actorId: s.studentId,
      currentPassword: 'Oud-wachtwoord-1',
      newPassword: 'Nieuw-wachtwoord-1',
    })
    expect(await sessionVersion()).toBe(before + 1)
  })

  it('answers a reset request the same for unknown addresses', async () => {
    const email = await giveStudentPassword('Oud-wachtwoord-1')
    const unknown = `${randomUUID()}@nergens.nl`

    await requestPasswordReset({ email: unknown, clientAddress: randomUUID() })
    await requestPasswordReset({ email, clientAddress: randomUUID() })

    expect(await outboxFor(unknown)).toEqual([])
    const [mail] = await outboxFor(email)
    const token = linkIn(mail.text, '/wachtwoord-vergeten')
    await setPasswordWithToken({
      token,
      purpose: 'wachtwoord',
      password: 'Hersteld-wachtwoord',
    })
    expect(
      (
        await verifyCredentials({
          email,
          password: 'Hersteld-wachtwoord',
          clientAddress: randomUUID(),
        })
      ).status,
    ).toBe('ok')
  })

  it('lets a beheerder block only users of their own school', async () => {
    const email = await giveStudentPassword('Oud-wachtwoord-1')

    await expectAppError(
      setUserBlocked({
        actorId: s.otherBeheerderId,
        userId: s.studentId,
        isBlocked: true,
      }),
      'NOT_FOUND',
    )
    await setUserBlocked({
      actorId: s.beheerderId,
      userId: s.studentId,
      isBlocked: true,
    })

    expect(
      (
        await verifyCredentials({
          email,
          password: 'Oud-wachtwoord-1',
          clientAddress: randomUUID(),
        })
      ).status,
    ).toBe('refused')
  })

  it('counts wrong current passwords on the account page', async () => {
    await giveStudentPassword('Goed-wachtwoord-1')

    for (let i = 0; i < 10; i++) {
      await expectAppError(
        changePassword({
          actorId: s.studentId,
          currentPassword: `fout-${i}`,
          newPassword: 'Nieuw-wachtwoord-1',
        }),
        'INVALID',
      )
    }

    await expectAppError(
      changePassword({
        actorId: s.studentId,
        currentPassword: 'Goed-wachtwoord-1',
        newPassword: 'Nieuw-wachtwoord-1',
      }),
      'FORBIDDEN',
    )
  })

  it('rate limits failed logins per address', async () => {
    const email = await giveStudentPassword('Goed-wachtwoord-1')

    for (let i = 0; i < 10; i++) {
      await verifyCredentials({
        email,
        password: 'fout',
        clientAddress: randomUUID(),
      })
    }

    expect(
      (
        await verifyCredentials({
          email,
          password: 'Goed-wachtwoord-1',
          clientAddress: randomUUID(),
        })
      ).status,
    ).toBe('rate_limited')
  })
})
