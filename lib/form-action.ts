import 'server-only'

import { revalidatePath } from 'next/cache'
import { redirect } from 'next/navigation'
import type { z } from 'zod'

import { getActor, type Actor } from './auth/session'
import { AppError } from './errors'
import {
  errorState,
  formValues,
  invalidInputState,
  signedOutState,
  successState,
  type FormState,
} from './forms'
import { readUploadedFile } from './uploaded-file'

type Outcome = {
  message?: string
  revalidate?: string
  redirectTo?: string
  values?: Record<string, string>
}

// Never echoed back to a form.
const SECRET_FIELDS = ['password', 'passwordBevestiging', 'currentPassword']

async function runParsed<T>(
  values: Record<string, string>,
  schema: z.ZodType<T>,
  run: (data: T) => Promise<Outcome>,
): Promise<FormState> {
  const parsed = schema.safeParse(values)
  const echo = Object.fromEntries(
    Object.entries(values).filter(([key]) => !SECRET_FIELDS.includes(key)),
  )

  if (!parsed.success) {
    return invalidInputState(parsed.error, echo)
  }

  return runOutcome(() => run(parsed.data), echo)
}

// Runs the one lib/ call; known errors become the form's message.
async function runOutcome(
  run: () => Promise<Outcome>,
  echo: Record<string, string>,
): Promise<FormState> {
  let outcome: Outcome
  try {
    outcome = await run()
  } catch (error) {
    return errorState(error, echo)
  }

  if (outcome.revalidate) {
    revalidatePath(outcome.revalidate)
  }
  if (outcome.redirectTo) {
    redirect(outcome.redirectTo)
  }

  return successState(outcome.message ?? 'Opgeslagen.', {
    ...echo,
    ...outcome.values,
  })
}

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

  return runParsed(values, schema, (data) => run({ actor, data }))
}

// The same for an upload: the file (field `bestand`) is checked for
// presence and size instead of parsed by a schema; `run` parses it.
export async function handleFileAction(
  formData: FormData,
  {
    maxBytes,
    run,
  }: {
    maxBytes: number
    run: (input: {
      actor: Actor
      file: { bytes: Uint8Array; name: string }
    }) => Promise<Outcome>
  },
): Promise<FormState> {
  const actor = await getActor()

  if (!actor) {
    return signedOutState({})
  }

  const file = await readUploadedFile(formData, { maxBytes })

  if (!file.ok) {
    return errorState(new AppError('INVALID', file.message), {})
  }

  return runOutcome(() => run({ actor, file }), {})
}

// The same for the few public forms (login help, registration, links).
export async function handlePublicFormAction<T>(
  formData: FormData,
  {
    schema,
    run,
  }: {
    schema: z.ZodType<T>
    run: (data: T) => Promise<Outcome>
  },
): Promise<FormState> {
  return runParsed(formValues(formData), schema, run)
}
