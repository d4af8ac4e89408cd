import 'server-only'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { z } from 'zod'

import { getActor, type Actor } from './auth/session'
import {
  errorState,
  formValues,
  invalidInputState,
  signedOutState,
  successState,
  type FormState,
} from './forms'

type Outcome = { message?: string; revalidate?: string; redirectTo?: string }

// The fixed order of every server action: session (fail closed), parse the
// input, then one lib/ call that authorizes the record in its own query;
// revalidate and redirect only after the try block.
export async function handleFormAction<T>(
  formData: FormData,
  {
    schema,
    run,
  }: {
    schema: z.ZodType<T>
    run: (input: { actor: Actor; data: T }) => Promise<Outcome>
  },
): Promise<FormState> {
  const values = formValues(formData)
  const actor = await getActor()

  if (!actor) {
    return signedOutState(values)
  }

  const parsed = schema.safeParse(values)

  if (!parsed.success) {
    return invalidInputState(parsed.error, values)
  }

  let outcome: Outcome
  try {
    outcome = await run({ actor, data: parsed.data })
  } catch (error) {
    return errorState(error, values)
  }

  if (outcome.revalidate) {
    revalidatePath(outcome.revalidate)
  }
  if (outcome.redirectTo) {
    redirect(outcome.redirectTo)
  }

  return successState(outcome.message ?? 'Opgeslagen.', values)
}
