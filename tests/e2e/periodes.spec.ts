import { expect, test, type Page } from '@playwright/test'

import { expectAccessible, signIn } from './support'

// The three ways a praktijkperiode is set up (manual 2.1, 2.2, 2.3), from
// the demo data. Every periode here belongs to the demo's second student,
// Daan Visser, so the first student's journeys keep their own list.

function dayFromNow(days: number) {
  const date = new Date()
  date.setUTCDate(date.getUTCDate() + days)

  return date.toISOString().slice(0, 10)
}

async function fillDates(page: Page, start: number, end: number) {
  await page.getByLabel('Startdatum').fill(dayFromNow(start))
  await page.getByLabel('Einddatum').fill(dayFromNow(end))
}

async function prepareForDaan(page: Page, locatie: RegExp, uren: string) {
  await signIn(page, 'begeleider@demo.nl')
  await page.goto('/begeleider')
  await page.getByRole('link', { name: 'Praktijkperiode klaarzetten' }).click()
  await expect(
    page.getByRole('heading', { name: 'Praktijkperiode klaarzetten' }),
  ).toBeVisible()
  await page.getByLabel('Student').selectOption({ label: 'Daan Visser (SD4A)' })
  await page.getByRole('radio', { name: locatie }).check()
  await fillDates(page, 7, 120)
  await page.getByLabel('Afgesproken aantal uren').fill(uren)

  // One tick takes the whole kerntaak.
  await page
    .getByRole('checkbox', { name: 'Hele kerntaak B1-K1 Realiseert software' })
    .check()
  await expect(
    page.getByRole('checkbox', { name: /B1-K1-W4 Test software/ }),
  ).toBeChecked()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(
    page.getByRole('heading', { name: 'Praktijkperiode van Daan Visser' }),
  ).toBeVisible()
  await expect(
    page.getByRole('heading', { name: 'Nog niet klaar' }),
  ).toBeVisible()
  await expect(page.getByText(/B1-K1-W5/)).toBeVisible()
  await expectAccessible(page)

  return new URL(page.url()).pathname.split('/').pop()!
}

async function openAsDaan(page: Page, periodeId: string) {
  await page.context().clearCookies()
  await signIn(page, 'student2@demo.nl')
  await page.goto('/student')
  await page.locator(`a[href="/student/praktijkperiodes/${periodeId}"]`).click()
  await expect(
    page.getByRole('heading', { name: 'Werkprocessen' }),
  ).toBeVisible()
}

async function deleteOpenPeriode(page: Page) {
  await page.getByRole('link', { name: 'Verwijderen' }).click()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click()
  await expect(page).toHaveURL(/\/student$/)
}

test('[periodes] 2.1 the begeleider prepares, the student picks the leerbedrijf', async ({
  page,
}) => {
  const periodeId = await prepareForDaan(page, /Bij een leerbedrijf/, '480')

  await openAsDaan(page, periodeId)
  await page
    .getByRole('link', { name: 'Leerbedrijf en praktijkopleider kiezen' })
    .click()
  await page
    .getByLabel('Naam, Stagemarkt-code of leerbedrijf-ID')
    .fill('datadijk')
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await page.getByRole('link', { name: 'Datadijk Software' }).click()
  await expect(
    page.getByText(/geen praktijkopleider die bij SBB is geregistreerd/),
  ).toBeVisible()

  await page.getByLabel('Naam, Stagemarkt-code of leerbedrijf-ID').fill('PIXEL')
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await page.getByRole('link', { name: 'Pixelhaven' }).click()
  // Kees Mulder works there too, but SBB has not registered him.
  await expect(page.getByRole('radio')).toHaveCount(1)
  await expectAccessible(page)
  await page.getByRole('radio', { name: 'Noor Smit' }).check()
  await page.getByRole('button', { name: 'Opslaan' }).click()

  const gegevens = page.getByRole('region', { name: 'Gegevens' })
  await expect(gegevens).toContainText('Pixelhaven, Amersfoort')
  await expect(gegevens).toContainText('Noor Smit')
  await expect(gegevens).toContainText('480')
  await expect(
    page.getByRole('heading', { name: 'Instellingen' }),
  ).toBeVisible()

  // Noor has no password yet, so she is invited.
  await page.goto('/dev/mail?aan=opleider2%40demo.nl')
  await expect(
    page
      .getByRole('article')
      .first()
      .getByRole('link', { name: /\/uitnodiging\// }),
  ).toBeVisible()

  await page.goto(`/student/praktijkperiodes/${periodeId}`)
  await deleteOpenPeriode(page)
  await expect(
    page.locator(`a[href="/student/praktijkperiodes/${periodeId}"]`),
  ).toHaveCount(0)
})

test('[periodes] 2.2 at school, the student picks the beoordelaar who then sees it', async ({
  page,
}) => {
  const periodeId = await prepareForDaan(page, /Op school/, '')

  await openAsDaan(page, periodeId)
  await page.getByRole('link', { name: 'BPV-beoordelaar kiezen' }).click()
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByText('Kies een BPV-beoordelaar.')).toBeVisible()
  await page.getByRole('radio', { name: 'Peter van Dijk' }).check()
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText(
    'Peter van Dijk',
  )

  await page.context().clearCookies()
  await signIn(page, 'beoordelaar@demo.nl')
  await page.goto('/praktijkopleider')
  const card = page
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href$="/${periodeId}"]`) })
  await expect(card).toContainText('Daan Visser')
  await expect(card).toContainText('Nog niet begonnen')
  await expectAccessible(page)
  await page.goto('/dev/mail?aan=beoordelaar%40demo.nl')
  await expect(page.getByRole('article').first()).toContainText(
    'gekoppeld aan de praktijkperiode van Daan Visser',
  )

  // The beoordelaar cannot delete it; the student can.
  const response = await page.goto(
    `/praktijkopleider/praktijkperiodes/${periodeId}/verwijderen`,
  )
  expect(response?.status()).toBe(404)
  await openAsDaan(page, periodeId)
  await deleteOpenPeriode(page)
})

test('[periodes] 2.3 the student creates a periode, then work locks its set-up', async ({
  page,
}) => {
  await signIn(page, 'student2@demo.nl')
  await page.goto('/student')
  await page.getByRole('link', { name: 'Praktijkperiode toevoegen' }).click()
  await expectAccessible(page)

  await fillDates(page, 30, 10)
  await page.getByLabel('Afgesproken aantal uren').fill('12,5')
  await page.getByRole('checkbox', { name: /B1-K1-W3 Realiseert/ }).check()
  await page.getByRole('checkbox', { name: /B1-K2-W2 Presenteert/ }).check()
  await page
    .getByLabel('BPV-begeleider')
    .selectOption({ label: 'Fatima el Amrani' })
  await page.getByRole('button', { name: 'Opslaan' }).click()
  // Every problem is named at once, and the keyboard lands on the first.
  await expect(
    page.getByText('Vul het aantal uren in als heel getal', { exact: false }),
  ).toBeVisible()
  await expect(
    page.getByText('De einddatum moet na de startdatum liggen.'),
  ).toBeVisible()
  await expect(page.getByLabel('Einddatum')).toBeFocused()
  await page.getByLabel('Afgesproken aantal uren').fill('320')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(
    page.getByText('De einddatum moet na de startdatum liggen.'),
  ).toBeVisible()
  // Nothing typed or ticked was lost.
  await expect(
    page.getByRole('checkbox', { name: /B1-K2-W2 Presenteert/ }),
  ).toBeChecked()
  await expect(page.getByLabel('BPV-begeleider')).toHaveValue(/.+/)
  await fillDates(page, 10, 130)
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(
    page.getByRole('heading', {
      name: 'Leerbedrijf en praktijkopleider kiezen',
    }),
  ).toBeVisible()
  const periodePath = new URL(page.url()).pathname.replace(
    /\/praktijkopleider$/,
    '',
  )
  await page
    .getByLabel('Naam, Stagemarkt-code of leerbedrijf-ID')
    .fill('100012345')
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await page.getByRole('link', { name: 'Codewerf B.V.' }).click()
  await page.getByRole('radio', { name: 'Martijn Bakker' }).check()
  await page.getByRole('button', { name: 'Opslaan' }).click()

  const gegevens = page.getByRole('region', { name: 'Gegevens' })
  await expect(gegevens).toContainText('Codewerf B.V., Utrecht')
  await expect(gegevens).toContainText('Martijn Bakker')
  await expect(gegevens).toContainText('Fatima el Amrani')

  // The pencil: change the hours and drop a werkproces.
  await page.getByRole('link', { name: 'Bewerken' }).click()
  await expectAccessible(page)
  await expect(page.getByLabel('Afgesproken aantal uren')).toHaveValue('320')
  await page.getByLabel('Afgesproken aantal uren').fill('300')
  await page.getByRole('checkbox', { name: /B1-K2-W2 Presenteert/ }).uncheck()
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(gegevens).toContainText('300')
  await expect(page.getByText(/B1-K2-W2/)).toHaveCount(0)
  await expect(page.getByText(/B1-K1-W3/)).toBeVisible()

  // The praktijkopleider sees it in their list.
  await page.context().clearCookies()
  await signIn(page, 'opleider@demo.nl')
  await page.goto('/praktijkopleider')
  await expect(
    page.getByRole('listitem').filter({
      has: page.locator(`a[href$="${periodePath.split('/').pop()}"]`),
    }),
  ).toContainText('Daan Visser')

  // Once the student starts working, the pencil and the bin are gone.
  await page.context().clearCookies()
  await signIn(page, 'student2@demo.nl')
  await page.goto(`${periodePath}/meetmomenten/nieuw`)
  await page
    .getByLabel('Afspraken en leerdoel tot het volgende meetmoment')
    .fill('Eerste leerdoel')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(page.getByRole('region', { name: 'Werkplan' })).toBeVisible()
  await page.goto(periodePath)
  await expect(page.getByRole('link', { name: 'Bewerken' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Verwijderen' })).toHaveCount(0)
  await page.goto(`${periodePath}/verwijderen`)
  await expect(page.getByText(/al gewerkt/)).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Ja, verwijderen' }),
  ).toHaveCount(0)
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('[periodes] the student’s set-up form still saves and keeps its ticks', async ({
    page,
  }) => {
    await signIn(page, 'student2@demo.nl')
    await page.goto('/student/praktijkperiodes/nieuw')
    await fillDates(page, 20, 5)
    await page
      .getByRole('checkbox', {
        name: 'Hele kerntaak B1-K2 Voert ICT-projecten uit',
      })
      .check()
    await page
      .getByLabel('BPV-begeleider')
      .selectOption({ label: 'Fatima el Amrani' })
    await page.getByRole('button', { name: 'Opslaan' }).click()

    // Refused with the server's message; the kerntaak's werkprocessen stay.
    await expect(
      page.getByText('De einddatum moet na de startdatum liggen.'),
    ).toBeVisible()
    await expect(page.getByRole('checkbox', { name: /B1-K2-W3/ })).toBeChecked()
    await fillDates(page, 20, 140)
    await page.getByRole('button', { name: 'Opslaan' }).click()
    await expect(
      page.getByRole('heading', {
        name: 'Leerbedrijf en praktijkopleider kiezen',
      }),
    ).toBeVisible()

    await page.goto(page.url().replace(/\/praktijkopleider$/, '/verwijderen'))
    await page.getByRole('button', { name: 'Ja, verwijderen' }).click()
    await expect(page).toHaveURL(/\/student$/)
  })
})
