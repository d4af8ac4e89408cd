import { randomUUID } from 'node:crypto'

import { expect, test } from '@playwright/test'

import { expectAccessible, signIn } from './support'

test('[kwalificaties] a beheerder imports a dossier version', async ({
  page,
}) => {
  const versie = `e2e-${randomUUID().slice(0, 6)}`
  const dossier = {
    crebo: '25187',
    naam: 'Medewerker ICT-support',
    niveau: 3,
    versie,
    kerntaken: [
      {
        code: 'B1-K1',
        titel: 'Verleent ICT-support',
        werkprocessen: [
          { code: 'B1-K1-W1', titel: 'Neemt meldingen aan' },
          { code: 'B1-K1-W2', titel: 'Lost problemen op' },
        ],
      },
    ],
  }

  await signIn(page, 'beheer@demo.nl')
  await page.goto('/beheer/kwalificaties')
  await expect(
    page.getByText('Software developer (25998), versie 2024'),
  ).toBeVisible()
  await expectAccessible(page)

  await page.getByLabel('Dossier als JSON of CSV').setInputFiles({
    name: 'dossier.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dossier)),
  })
  await page.getByRole('button', { name: 'Importeren' }).click()
  await expect(page.getByText(/1 kerntaak en 2 werkprocessen/)).toBeVisible()
  await expect(
    page.getByText(`Medewerker ICT-support (25187), versie ${versie}`),
  ).toBeVisible()

  await page.getByLabel('Dossier als JSON of CSV').setInputFiles({
    name: 'dossier.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(dossier)),
  })
  await page.getByRole('button', { name: 'Importeren' }).click()
  await expect(
    page.getByText(`Versie ${versie} van crebo 25187 bestaat al`),
  ).toBeVisible()
  await expectAccessible(page)
})
