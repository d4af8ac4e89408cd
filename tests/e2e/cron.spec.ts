import { expect, test } from '@playwright/test'

test('[periodes] the closing run answers only the scheduler', async ({
  request,
}) => {
  const path = '/api/cron/periodes-afsluiten'

  expect((await request.get(path)).status()).toBe(404)
  expect(
    (
      await request.get(path, {
        headers: { authorization: 'Bearer verkeerd-geheim' },
      })
    ).status(),
  ).toBe(404)

  const response = await request.get(path, {
    headers: { authorization: 'Bearer e2e-cron-secret' },
  })
  expect(response.status()).toBe(200)
  expect(await response.json()).toEqual({ closed: expect.any(Number) })
})
