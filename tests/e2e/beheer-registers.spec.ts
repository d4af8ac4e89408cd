import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { expectAccessible, signIn } from './support'

// Names take letters only, so the unique part of a test's data is spelled.
function letterTag() {
  return randomUUID()
    .replace(/-/g, '')
    .replace(/\d/g, (digit) => 'ghijklmnop'[Number(digit)])
    .slice(0, 8)
}

test('[beheer] a beheerder adds an SBB-registered praktijkopleider to a leerbedrijf', async ({
  page,
}) => {
  const achternaam = `Opleider ${letterTag()}`
  const local = `opleider-${randomUUID()}`

  await signIn(page, 'beheer@demo.nl')
  await page.goto('/beheer/leerbedrijven')
  await page
    .getByLabel('Naam, leerbedrijf-ID of Stagemarkt-code')
    .fill('codewerf')
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await page.getByRole('link', { name: 'Codewerf B.V.' }).click()

  await expect(
    page.getByRole('heading', { level: 1, name: 'Codewerf B.V.' }),
  ).toBeVisible()
  await expectAccessible(page)

  const form = page.getByRole('region', { name: 'Praktijkopleider toevoegen' })
  await form.getByLabel('Voornaam').fill('Eva')
  await form.getByLabel('Tussenvoegsel').fill('de')
  await form.getByLabel('Achternaam').fill(achternaam)
  await form.getByLabel('E-mailadres').fill(`  ${local}@Bedrijf.NL `)
  // Tick the box and submit with the keyboard only.
  await form.getByLabel('Geregistreerd bij SBB').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('Tab')
  await expect(
    form.getByRole('button', { name: 'Praktijkopleider toevoegen' }),
  ).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(
    form.getByText(
      `${local}@bedrijf.nl is praktijkopleider bij dit leerbedrijf.`,
      { exact: false },
    ),
  ).toBeVisible()

  const opleider = page
    .getByRole('region', { name: /^Praktijkopleiders/ })
    .getByRole('listitem')
    .filter({ hasText: `${local}@bedrijf.nl` })
  await expect(opleider).toContainText(`${achternaam}, Eva de`)
  await expect(opleider).toContainText('Geregistreerd bij SBB: ja')
  await expectAccessible(page)

  await opleider.getByRole('button', { name: 'Registratie intrekken' }).click()
  await expect(opleider).toContainText('Geregistreerd bij SBB: nee')
  await expect(
    opleider.getByRole('button', { name: 'Markeren als geregistreerd' }),
  ).toBeVisible()

  // Unlinking keeps the account; the demo leerbedrijf is as it was.
  await opleider.getByRole('button', { name: 'Ontkoppelen' }).click()
  await expect(
    page.getByText('De praktijkopleider is ontkoppeld van dit leerbedrijf.'),
  ).toBeVisible()
  await expect(opleider).toHaveCount(0)
})

test('[beheer] a beheerder adds an activiteit to a werkproces', async ({
  page,
}) => {
  const omschrijving = `Schetst de schermen vooraf (${randomUUID().slice(0, 8)})`

  await signIn(page, 'beheer@demo.nl')
  await page.goto('/beheer/kwalificaties')
  await page
    .getByRole('link', { name: 'Software developer (25998), versie 2024' })
    .click()

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Software developer (25998), versie 2024',
    }),
  ).toBeVisible()
  await expectAccessible(page)

  const werkproces = page.getByRole('region', {
    name: 'B1-K1-W2 Maakt een technisch ontwerp voor software',
  })
  await werkproces
    .locator('summary', { hasText: 'Activiteit toevoegen' })
    .click()
  await werkproces.getByLabel('Omschrijving').fill(`  ${omschrijving} `)
  await werkproces.getByRole('button', { name: 'Toevoegen' }).click()
  await expect(
    werkproces.getByText('De activiteit is toegevoegd.'),
  ).toBeVisible()

  const activiteit = werkproces
    .getByRole('listitem')
    .filter({ hasText: omschrijving })
  await expect(activiteit).toBeVisible()
  await expectAccessible(page)

  // Leave the demo dossier as it was.
  await activiteit.getByRole('button', { name: 'Verwijderen' }).click()
  await expect(activiteit).toHaveCount(0)
})
