import type { z } from 'zod'

import './zod-dutch'

import { AppError } from './errors'
import { createLogger } from './logger'

const log = createLogger('forms')

// The one state every form gets back from its server action.
export type FormState = {
  status: 'idle' | 'success' | 'error'
  message: string
  fieldErrors: Record<string, string[]>
  values: Record<string, string>
}

export const initialFormState: FormState = {
  status: 'idle',
  message: '',
  fieldErrors: {},
  values: {},
}

// A repeated field (a group of checkboxes with one name) arrives as one
// comma-separated value; its schema splits it again.
export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {}

  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) {
      values[key] = key in values ? `${values[key]},${value}` : value
    }
  }

  return values
}

export function successState(
  message: string,
  values: Record<string, string> = {},
): FormState {
  return { status: 'success', message, fieldErrors: {}, values }
}

export function signedOutState(values: Record<string, string>): FormState {
  return {
    status: 'error',
    message:
      'Je bent niet meer ingelogd. Log opnieuw in; je invoer staat hieronder nog.',
    fieldErrors: {},
    values,
  }
}

export function invalidInputState(
  error: z.ZodError,
  values: Record<string, string>,
): FormState {
  const fieldErrors: Record<string, string[]> = {}

  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form')
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message]
  }

  return {
    status: 'error',
    message: 'Niet alles is goed ingevuld. Bekijk de meldingen hieronder.',
    fieldErrors,
    values,
  }
}

// Known domain errors keep their Dutch message; anything else is logged and
// shown as a generic message, with the input kept for another try.
export function errorState(
  error: unknown,
  values: Record<string, string>,
): FormState {
  if (error instanceof AppError) {
    return {
      status: 'error',
      message: error.message,
      fieldErrors: error.fieldErrors,
      values,
    }
  }

  log.error('unexpected error in form action', error)

  return {
    status: 'error',
    message:
      'Er ging iets mis bij het opslaan. Probeer het opnieuw; je invoer staat ' +
      'hieronder nog.',
    fieldErrors: {},
    values,
  }
}
