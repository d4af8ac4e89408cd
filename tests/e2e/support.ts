import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'Welkom-demo-1'

// Signs in through next-auth's credentials endpoint; the page's context
// keeps the session cookie.
export async function signIn(page: Page, email: string) {
  const csrf = await page.request.get('/api/auth/csrf')
  const { csrfToken } = (await csrf.json()) as { csrfToken: string }
  const response = await page.request.post('/api/auth/callback/credentials', {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: 'true' },
  })
  expect(response.ok()).toBe(true)
}

export async function expectAccessible(page: Page) {
  // After a server action the router refreshes the page, and for a moment
  // its <title> is being replaced: wait for it (it must exist) before axe.
  await expect(page).toHaveTitle(/\S/)
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )

  expect(summary).toEqual([])

  // Text painted in its own background colour (axe can miss it when a
  // style layer overrides a utility class).
  const invisible = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, p, span, label')]
      .filter((el) => el.innerText.trim() !== '')
      .filter((el) => {
        const style = getComputedStyle(el)

        return (
          style.backgroundColor !== 'rgba(0, 0, 0, 0)' &&
          style.color === style.backgroundColor
        )
      })
      .map((el) => el.innerText.trim()),
  )
  expect(invisible, 'text in its own background colour').toEqual([])

  // Two fields with one id silently steal each other's label.
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id)

    return ids.filter((id, index) => ids.indexOf(id) !== index)
  })
  expect(duplicateIds, 'duplicate ids').toEqual([])

  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0)
}

export async function openCurrentPeriode(page: Page) {
  await page.goto('/student')
  await page
    .getByRole('region', { name: 'Lopend en nieuw' })
    .getByRole('link')
    .first()
    .click()
  await expect(
    page.getByRole('heading', { name: 'Werkprocessen' }),
  ).toBeVisible()
}
