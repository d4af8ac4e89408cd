import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { expectAccessible, signIn } from './support'

test('[leerbedrijven] a beheerder adds, imports and finds leerbedrijven', async ({
  page,
}) => {
  const digits = String(Date.now()).slice(-7)
  const tag = randomUUID().slice(0, 4)

  await signIn(page, 'beheer@demo.nl')
  await page.goto('/beheer/leerbedrijven')
  await expectAccessible(page)

  const form = page.getByRole('region', { name: 'Leerbedrijf toevoegen' })
  await form.getByLabel('Leerbedrijf-ID').fill(`1${digits}`)
  await form.getByLabel('Naam', { exact: true }).fill(`Bakkerij Élan ${tag}`)
  await form.getByLabel('Postcode').fill('3511 ab')
  await form.getByLabel('Plaats').fill('Utrecht')
  await form.getByRole('button', { name: 'Leerbedrijf opslaan' }).click()
  await expect(
    form.getByText(`Bakkerij Élan ${tag} is opgeslagen.`),
  ).toBeVisible()

  // Toevoegen never overwrites the company that already has an ID.
  await form.getByLabel('Leerbedrijf-ID').fill('100034567')
  await form
    .getByLabel('Naam', { exact: true })
    .fill('Mijn nieuwe stagebedrijf')
  await form.getByRole('button', { name: 'Leerbedrijf opslaan' }).click()
  await expect(
    form
      .getByText('Leerbedrijf-ID 100034567 hoort al bij Datadijk Software.', {
        exact: false,
      })
      .first(),
  ).toBeVisible()

  await page.getByLabel('CSV-bestand met leerbedrijven').setInputFiles({
    name: 'leerbedrijven.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Leerbedrijf-ID;Naam;Plaats;Stagemarkt code\n' +
        `2${digits};Garage Noord ${tag};Zwolle;8${digits}\n` +
        `geen-id;Kapot ${tag};Breda;\n`,
      'utf8',
    ),
  })
  await page.getByRole('button', { name: 'Importeren' }).click()
  await expect(
    page.getByText('1 leerbedrijven opgeslagen. 1 regel(s) overgeslagen'),
  ).toBeVisible()

  await page
    .getByLabel('Naam, leerbedrijf-ID of Stagemarkt-code')
    .fill(`ELAN ${tag}`)
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await expect(page.getByText(`Bakkerij Élan ${tag}`)).toBeVisible()
  await expectAccessible(page)

  await page
    .getByLabel('Naam, leerbedrijf-ID of Stagemarkt-code')
    .fill(`8${digits}`)
  await page.getByRole('button', { name: 'Zoeken' }).click()
  await expect(page.getByText(`Garage Noord ${tag}`)).toBeVisible()
})
