import { expect, test, type Page } from '@playwright/test'

import { expectAccessible, openCurrentPeriode, signIn } from './support'

const WERKPROCESSEN = [
  'B1-K1-W1',
  'B1-K1-W2',
  'B1-K1-W3',
  'B1-K1-W4',
  'B1-K1-W5',
  'B1-K2-W1',
  'B1-K2-W2',
  'B1-K2-W3',
]

async function rate(page: Page, code: string, label: string) {
  const group = page.getByRole('group', { name: new RegExp(`^${code} `) })
  await group.getByLabel(label, { exact: true }).check()
  await group.getByRole('button', { name: 'Opslaan' }).press('Enter')
  await expect(group).toContainText(`Opgeslagen: ${label}`)
  // Keyboard users keep their place after saving.
  await expect(group.getByRole('button', { name: 'Opslaan' })).toBeFocused()
}

async function addMeetmoment(page: Page, afspraken: string) {
  await openCurrentPeriode(page)
  await page
    .getByRole('navigation', { name: 'Praktijkperiode' })
    .getByRole('link', { name: 'Meetmomenten' })
    .click()
  await page.getByRole('link', { name: 'Toevoegen' }).click()
  await page
    .getByLabel('Afspraken en leerdoel tot het volgende meetmoment')
    .fill(afspraken)
  await page
    .getByLabel('Concrete acties en te behalen resultaten')
    .fill('Elke week een pull request laten reviewen.')
  await page.getByRole('button', { name: 'Opslaan' }).click()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }),
  ).toBeVisible()
}

test('[meetmomenten] the student records a zelfevaluatie that then stays fixed', async ({
  page,
  browser,
}) => {
  await signIn(page, 'student@demo.nl')
  await page.goto('/student')
  await expectAccessible(page)
  await openCurrentPeriode(page)
  await expect(
    page.getByRole('heading', { name: 'B1-K1 Realiseert software' }),
  ).toBeVisible()
  await expectAccessible(page)

  await addMeetmoment(page, 'Ik wil zelfstandig een feature bouwen.')
  await expectAccessible(page)

  // The werkplan stays editable after opslaan.
  const werkplan = page.getByRole('region', { name: 'Werkplan' })
  await werkplan
    .getByLabel('Concrete acties en te behalen resultaten')
    .fill('Twee features bouwen en testen.')
  await werkplan.getByRole('button', { name: 'Opslaan' }).click()
  await expect(werkplan.getByRole('status')).toContainText(
    'Werkplan opgeslagen.',
  )
  await page.reload()
  await expect(
    werkplan.getByLabel('Concrete acties en te behalen resultaten'),
  ).toHaveValue('Twee features bouwen en testen.')

  for (const code of WERKPROCESSEN.slice(0, -1)) {
    await rate(page, code, 'Voldoende')
  }
  await rate(page, 'B1-K1-W3', 'Oefenen')

  // Vastleggen with one werkproces unrated is refused and names it.
  const zelfevaluatie = page.getByRole('region', { name: 'Zelfevaluatie' })
  await zelfevaluatie.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(
    zelfevaluatie.getByText(/Nog niet opgeslagen: B1-K2-W3/),
  ).toBeVisible()

  // A choice that was not saved is caught before vastleggen.
  const last = page.getByRole('group', { name: /^B1-K2-W3 / })
  await last.getByLabel('Goed', { exact: true }).check()
  await zelfevaluatie.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(
    zelfevaluatie.getByText(/keuze nog niet opgeslagen bij B1-K2-W3/),
  ).toBeVisible()

  await last.getByRole('button', { name: 'Opslaan' }).click()
  await expect(last).toContainText('Opgeslagen: Goed')
  await zelfevaluatie.getByRole('button', { name: 'Vastleggen' }).click()

  // Read-only from now on.
  await expect(page.getByText(/Vastgelegd op/).first()).toBeVisible()
  await expect(zelfevaluatie.getByRole('radio')).toHaveCount(0)
  await expect(zelfevaluatie.getByRole('button')).toHaveCount(0)
  await expect(
    page.getByRole('region', { name: 'Werkplan' }).getByRole('textbox'),
  ).toHaveCount(0)
  await expect(zelfevaluatie.getByText('Oefenen')).toHaveCount(1)
  await expectAccessible(page)

  // Reflectie: opslaan in between, vastleggen only when complete.
  const reflectie = page.getByRole('region', { name: 'Reflectie' })
  await reflectie.getByLabel('Wat ging goed?').fill('De code reviews.')
  await reflectie
    .getByLabel('Wat vond je lastig?')
    .fill('Schatten hoe lang iets duurt.')
  await reflectie.getByRole('button', { name: 'Opslaan' }).click()
  await expect(reflectie.getByRole('status')).toContainText(
    'Reflectie opgeslagen',
  )

  await reflectie.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(
    reflectie.getByText('Beantwoord de vraag "Wat heb je geleerd?"'),
  ).toBeVisible()
  await expect(reflectie.getByLabel('Wat ging goed?')).toHaveValue(
    'De code reviews.',
  )

  await reflectie
    .getByLabel('Wat heb je geleerd?')
    .fill('Kleine commits maken.')
  await reflectie
    .getByLabel('Wat ga je nu verder oefenen of anders doen?')
    .fill('Eerder hulp vragen.')
  await reflectie.getByRole('button', { name: 'Vastleggen' }).click()
  await expect(reflectie.getByText(/Reflectie vastgelegd op/)).toBeVisible()
  await expect(reflectie.getByRole('textbox')).toHaveCount(0)
  await expectAccessible(page)

  // The praktijkopleider of the periode reads it, without any control.
  const meetmomentPath = new URL(page.url()).pathname
  const opleiderContext = await browser.newContext({
    viewport: page.viewportSize(),
  })
  const opleider = await opleiderContext.newPage()
  await signIn(opleider, 'opleider@demo.nl')
  await opleider.goto(meetmomentPath.replace('/student/', '/praktijkopleider/'))
  await expect(
    opleider.getByRole('heading', { name: 'Zelfevaluatie van Sanne de Vries' }),
  ).toBeVisible()
  await expect(opleider.getByText('Kleine commits maken.')).toBeVisible()
  await expect(opleider.getByRole('textbox')).toHaveCount(0)
  await expect(opleider.getByRole('radio')).toHaveCount(0)
  await expectAccessible(opleider)
  await opleiderContext.close()
})

test('[meetmomenten] a double-clicked Opslaan adds one meetmoment', async ({
  page,
}) => {
  await signIn(page, 'student@demo.nl')
  await openCurrentPeriode(page)
  await page
    .getByRole('navigation', { name: 'Praktijkperiode' })
    .getByRole('link', { name: 'Meetmomenten' })
    .click()
  const before = await page
    .getByRole('listitem')
    .filter({ hasText: 'Meetmoment' })
    .count()

  await expectAccessible(page)
  await page.getByRole('link', { name: 'Toevoegen' }).click()
  await expectAccessible(page)
  await page
    .getByLabel('Afspraken en leerdoel tot het volgende meetmoment')
    .fill('Dubbelklik-test')
  await page.getByRole('button', { name: 'Opslaan' }).dblclick()
  await expect(
    page.getByRole('heading', { level: 1, name: 'Zelfevaluatie' }),
  ).toBeVisible()

  await page.getByRole('link', { name: 'Terug naar meetmomenten' }).click()
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Meetmoment' }),
  ).toHaveCount(before + 1)
  await expectAccessible(page)
})

test('[meetmomenten] an empty werkplan is refused with a Dutch message', async ({
  page,
}) => {
  await signIn(page, 'student@demo.nl')
  await openCurrentPeriode(page)
  await page.goto(`${new URL(page.url()).pathname}/meetmomenten/nieuw`)
  await page
    .getByLabel('Concrete acties en te behalen resultaten')
    .fill('Alleen acties')
  await page.getByRole('button', { name: 'Opslaan' }).click()

  await expect(page.getByText('Vul je afspraken en leerdoel in.')).toBeVisible()
  await expect(
    page.getByLabel('Concrete acties en te behalen resultaten'),
  ).toHaveValue('Alleen acties')
  await expectAccessible(page)
})
