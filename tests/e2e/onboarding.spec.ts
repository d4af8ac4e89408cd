import { randomUUID } from 'node:crypto'

import { expect, test, type Page } from '@playwright/test'

import { expectAccessible, signIn } from './support'

// Opens the newest mail to an address on /dev/mail and follows its link.
async function followMailLink(page: Page, email: string, path: string) {
  await page.goto(`/dev/mail?aan=${encodeURIComponent(email)}`)
  await expectAccessible(page)
  const link = page
    .getByRole('article')
    .first()
    .getByRole('link', { name: new RegExp(path) })
  await link.first().click()
}

async function logInWithForm(page: Page, email: string, password: string) {
  await page.goto('/inloggen')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Wachtwoord').fill(password)
  await page.getByRole('button', { name: 'Inloggen' }).click()
}

async function openDemoGroep(page: Page) {
  await page.goto('/begeleider/groepen')
  await expectAccessible(page)
  await page.getByRole('link', { name: 'SD4A' }).click()
  await expect(page.getByRole('heading', { name: 'Groep SD4A' })).toBeVisible()
}

test('[onboarding] a begeleider imports a class and an invited student starts', async ({
  page,
}) => {
  const id = randomUUID().slice(0, 8)
  const email = `zoe.${id}@student.demo.nl`
  const csv =
    '\uFEFFVoornaam;Tussenvoegsel;Achternaam;E-mailadres;Studentnummer\r\n' +
    `Zoë;van der;Berg;${email};${id}\r\n` +
    `Fout;;Adres;geen-adres;1\r\n`

  await signIn(page, 'begeleider@demo.nl')
  await openDemoGroep(page)
  await expectAccessible(page)
  await page
    .getByRole('link', { name: 'Studenten importeren uit een bestand' })
    .click()
  await page.getByLabel('CSV-bestand met studenten').setInputFiles({
    name: 'klas.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  })
  await page.getByRole('button', { name: 'Bekijk wat er gebeurt' }).click()

  const table = page.getByRole('table')
  await expect(
    table.getByRole('row', { name: /Zoë van der Berg/ }),
  ).toContainText('Nieuw account')
  await expect(table.getByRole('row', { name: /geen-adres/ })).toContainText(
    'Wordt overgeslagen',
  )
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Importeren bevestigen' }).click()
  await expect(page.getByText('1 nieuwe student(en) uitgenodigd')).toBeVisible()
  await page.getByRole('link', { name: /Terug naar groep/ }).click()
  await expect(
    page.getByRole('listitem').filter({ hasText: email }),
  ).toContainText('Berg, Zoë van der')

  await page.context().clearCookies()
  await followMailLink(page, email, '/uitnodiging/')
  await expect(page.getByRole('heading', { name: 'Welkom, Zoë' })).toBeVisible()
  const invitationUrl = page.url()
  await expectAccessible(page)
  await page.getByLabel('Nieuw wachtwoord').fill('Zoe-wachtwoord-1')
  await page.getByLabel('Herhaal het wachtwoord').fill('Zoe-wachtwoord-1')
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page).toHaveURL(/\/student$/)

  // The link worked once; opening it again explains what to do.
  await page.goto(invitationUrl)
  await expect(
    page.getByRole('heading', { name: 'Deze link is al gebruikt' }),
  ).toBeVisible()
  await expectAccessible(page)
})

test('[onboarding] a student registers with the groepscode and is approved', async ({
  page,
  browser,
}) => {
  const email = `sem.${randomUUID().slice(0, 8)}@student.demo.nl`

  await signIn(page, 'begeleider@demo.nl')
  await openDemoGroep(page)
  const code = (await page.getByTestId('groepscode').textContent())!.trim()

  const studentContext = await browser.newContext()
  const student = await studentContext.newPage()
  await student.goto('/registreren')
  await expectAccessible(student)
  await student.getByLabel('Groepscode').fill('XXXX-YYYY')
  await student.getByLabel('Voornaam').fill('Sem')
  await student.getByLabel('Achternaam').fill('Jong')
  await student.getByLabel('Tussenvoegsel').fill('de')
  await student.getByLabel('E-mailadres').fill(email)
  await student
    .getByLabel('Wachtwoord', { exact: true })
    .fill('Sem-wachtwoord-1')
  await student.getByLabel('Herhaal het wachtwoord').fill('Sem-wachtwoord-1')
  await student.getByRole('button', { name: 'Registreren' }).click()
  await expect(
    student.getByText('Controleer de code bij je BPV-begeleider').first(),
  ).toBeVisible()
  await expect(student.getByLabel('Voornaam')).toHaveValue('Sem')

  await student.getByLabel('Groepscode').fill(code.toLowerCase())
  await student
    .getByLabel('Wachtwoord', { exact: true })
    .fill('Sem-wachtwoord-1')
  await student.getByLabel('Herhaal het wachtwoord').fill('Sem-wachtwoord-1')
  await student.getByRole('button', { name: 'Registreren' }).click()
  await expect(student.getByText('Bijna klaar')).toBeVisible()

  await logInWithForm(student, email, 'Sem-wachtwoord-1')
  await expect(student.getByText('Bevestig eerst je e-mailadres')).toBeVisible()

  await followMailLink(student, email, '/registreren/bevestigen/')
  await expectAccessible(student)
  await student.getByRole('button', { name: 'Bevestigen' }).click()
  await expect(student.getByText('Je e-mailadres is bevestigd')).toBeVisible()

  await logInWithForm(student, email, 'Sem-wachtwoord-1')
  await expect(student.getByText('wacht nog op goedkeuring')).toBeVisible()

  await page.reload()
  const aanvraag = page
    .getByRole('region', { name: /Aanmeldingen/ })
    .getByRole('listitem')
    .filter({ hasText: email })
  await aanvraag.getByRole('button', { name: 'Goedkeuren' }).click()
  await expect(aanvraag).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: /Studenten/ }).getByText(email),
  ).toBeVisible()

  await followMailLink(student, email, '/inloggen')
  await logInWithForm(student, email, 'Sem-wachtwoord-1')
  await expect(student).toHaveURL(/\/student$/)
  await studentContext.close()
})

test('[onboarding] a password change signs out the other browser', async ({
  page,
  browser,
}) => {
  const email = `wissel.${randomUUID().slice(0, 8)}@student.demo.nl`
  await signIn(page, 'beheer@demo.nl')
  await page.goto('/beheer/gebruikers')
  await expectAccessible(page)
  await page.getByLabel('Voornaam').fill('Wim')
  await page.getByLabel('Achternaam').fill('Wissel')
  await page.getByLabel('E-mailadres').fill(email)
  await page.getByLabel('Rol').selectOption({ label: 'BPV-begeleider' })
  await page.getByRole('button', { name: 'Uitnodigen' }).click()
  await expect(page.getByText(`${email} is uitgenodigd`)).toBeVisible()
  await page.context().clearCookies()

  await followMailLink(page, email, '/uitnodiging/')
  await page.getByLabel('Nieuw wachtwoord').fill('Eerste-wachtwoord')
  await page.getByLabel('Herhaal het wachtwoord').fill('Eerste-wachtwoord')
  await page.getByRole('button', { name: 'Wachtwoord instellen' }).click()
  await expect(page).toHaveURL(/\/begeleider$/)

  const otherContext = await browser.newContext()
  const other = await otherContext.newPage()
  await logInWithForm(other, email, 'Eerste-wachtwoord')
  await expect(other).toHaveURL(/\/begeleider$/)

  await page.getByRole('link', { name: /Mijn account/ }).click()
  await expect(
    page.getByRole('heading', { name: 'Mijn account' }),
  ).toBeVisible()
  await expectAccessible(page)
  const wachtwoord = page.getByRole('region', { name: 'Wachtwoord' })
  await wachtwoord.getByLabel('Huidig wachtwoord').fill('fout-wachtwoord')
  await wachtwoord.getByLabel('Nieuw wachtwoord').fill('Tweede-wachtwoord')
  await wachtwoord
    .getByLabel('Herhaal het wachtwoord')
    .fill('Tweede-wachtwoord')
  await wachtwoord.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await expect(
    wachtwoord.getByText('Je huidige wachtwoord klopt niet.').first(),
  ).toBeVisible()

  await wachtwoord.getByLabel('Huidig wachtwoord').fill('Eerste-wachtwoord')
  await wachtwoord.getByLabel('Nieuw wachtwoord').fill('Tweede-wachtwoord')
  await wachtwoord
    .getByLabel('Herhaal het wachtwoord')
    .fill('Tweede-wachtwoord')
  const signedInAgain = page.waitForResponse(
    /\/api\/auth\/callback\/credentials/,
  )
  await wachtwoord.getByRole('button', { name: 'Wachtwoord wijzigen' }).click()
  await expect(wachtwoord.getByText('Je wachtwoord is gewijzigd')).toBeVisible()
  await signedInAgain

  // This browser stays signed in; the other one is signed out.
  await page.goto('/begeleider')
  await expect(page).toHaveURL(/\/begeleider$/)
  await other.goto('/begeleider/groepen')
  await expect(other).toHaveURL(/\/inloggen/)
  await otherContext.close()
})

test('[onboarding] forgotten password: same answer for unknown addresses', async ({
  page,
}) => {
  await page.goto('/inloggen')
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click()
  await expectAccessible(page)
  await page.getByLabel('E-mailadres').fill('bestaat-niet@demo.nl')
  await page.getByRole('button', { name: 'Stuur mij een link' }).click()
  await expect(page.getByText('Als dit adres bij ons bekend is')).toBeVisible()

  await page.getByLabel('E-mailadres').fill('student@demo.nl')
  await page.getByRole('button', { name: 'Stuur mij een link' }).click()
  await expect(page.getByText('Als dit adres bij ons bekend is')).toBeVisible()

  await followMailLink(page, 'student@demo.nl', '/wachtwoord-vergeten/')
  await expect(
    page.getByRole('heading', { name: 'Nieuw wachtwoord' }),
  ).toBeVisible()
  await expectAccessible(page)
})
