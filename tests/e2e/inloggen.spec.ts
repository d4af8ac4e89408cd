import { expect, test } from '@playwright/test'

import { DEMO_PASSWORD, expectAccessible } from './support'

test('[auth] a wrong password is refused in Dutch without naming the cause', async ({
  page,
}) => {
  await page.goto('/inloggen')
  await expectAccessible(page)

  await page.getByLabel('E-mailadres').fill('student@demo.nl')
  await page.getByLabel('Wachtwoord').fill('verkeerd-wachtwoord')
  await page.getByRole('button', { name: 'Inloggen' }).click()
  const alert = page.getByRole('alert').filter({ hasText: /\S/ })
  await expect(alert).toContainText('horen niet bij elkaar')
  const wrongPassword = await alert.textContent()

  await page.getByLabel('E-mailadres').fill('bestaat-niet@demo.nl')
  await page.getByRole('button', { name: 'Inloggen' }).click()
  await expect(page.getByRole('button', { name: 'Inloggen' })).toBeEnabled()

  expect(await alert.textContent()).toBe(wrongPassword)
  await expect(page).toHaveURL(/\/inloggen/)
})

test('[auth] a signed-out visitor logs in and comes back to the page', async ({
  page,
}) => {
  await page.goto('/begeleider')
  await expect(page).toHaveURL(/\/inloggen\?callbackUrl=%2Fbegeleider/)

  await page.getByLabel('E-mailadres').fill('  Begeleider@Demo.NL ')
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Inloggen' }).click()

  await expect(page).toHaveURL(/\/begeleider$/)
  await expect(page.getByText('Sanne de Vries').first()).toBeVisible()
  await page.getByRole('button', { name: 'Uitloggen' }).click()
  await expect(page).toHaveURL(/\/inloggen/)
  await page.goto('/begeleider')
  await expect(page).toHaveURL(/\/inloggen/)
})

for (const [email, start, heading] of [
  ['student@demo.nl', '/student', 'Praktijkperiodes'],
  ['opleider@demo.nl', '/praktijkopleider', 'Praktijkperiodes'],
  ['beoordelaar@demo.nl', '/praktijkopleider', 'Praktijkperiodes'],
  ['begeleider@demo.nl', '/begeleider', 'Praktijkperiodes'],
  ['beheer@demo.nl', '/beheer', 'Praktijkperiodes'],
]) {
  test(`[auth] ${email} lands on ${start}`, async ({ page }) => {
    await page.goto('/inloggen')
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Inloggen' }).click()

    await expect(page).toHaveURL(new RegExp(`${start}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
    await expectAccessible(page)
  })
}
