import { expect, test } from '@playwright/test'

import { expectAccessible, openCurrentPeriode, signIn } from './support'

// The demo student's earlier, afgesloten periode holds a vastgelegde
// zelfevaluatie; its URLs are found the way the student finds them.
async function findStudentUrls(page: import('@playwright/test').Page) {
  await signIn(page, 'student@demo.nl')
  await page.goto('/student')
  await page
    .getByRole('region', { name: 'Afgesloten' })
    .getByRole('link')
    .first()
    .click()
  await expect(page.getByText('Deze periode is afgesloten')).toBeVisible()
  const periodePath = new URL(page.url()).pathname
  await page.getByRole('link', { name: /Meetmoment 1/ }).click()
  await expect(page.getByText('Tests schrijven voor oude code')).toBeVisible()
  const meetmomentPath = new URL(page.url()).pathname
  await page.context().clearCookies()

  return { periodePath, meetmomentPath }
}

test('[toegang] another student gets 404 for the student’s pages', async ({
  page,
}) => {
  const { periodePath, meetmomentPath } = await findStudentUrls(page)
  await signIn(page, 'student2@demo.nl')

  for (const path of [
    periodePath,
    `${periodePath}/meetmomenten`,
    `${periodePath}/meetmomenten/nieuw`,
    meetmomentPath,
  ]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByText('Tests schrijven voor oude code')).toHaveCount(
      0,
    )
    await expect(
      page.getByRole('heading', { name: 'Pagina niet gevonden' }),
    ).toBeVisible()
  }
  await expectAccessible(page)
})

test('[toegang] a beoordelaar outside the periode gets 404', async ({
  page,
}) => {
  const { meetmomentPath } = await findStudentUrls(page)
  await signIn(page, 'beoordelaar@demo.nl')

  const response = await page.goto(
    meetmomentPath.replace('/student/', '/praktijkopleider/'),
  )
  expect(response?.status()).toBe(404)
})

test('[toegang] the begeleider reads the student’s closed periode', async ({
  page,
}) => {
  const { meetmomentPath } = await findStudentUrls(page)
  await signIn(page, 'begeleider@demo.nl')

  await page.goto(meetmomentPath.replace('/student/', '/begeleider/'))
  await expect(page.getByText('Tests schrijven voor oude code')).toBeVisible()
  await expect(page.getByRole('textbox')).toHaveCount(0)
  await expectAccessible(page)
})

test('[toegang] an afgesloten periode offers no changes to the student', async ({
  page,
}) => {
  const { periodePath } = await findStudentUrls(page)
  await signIn(page, 'student@demo.nl')

  await page.goto(`${periodePath}/meetmomenten`)
  await expect(page.getByRole('link', { name: 'Toevoegen' })).toHaveCount(0)
  await openCurrentPeriode(page)
})
