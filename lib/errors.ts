export type AppErrorCode =
  'NOT_FOUND' | 'FORBIDDEN' | 'LOCKED' | 'CONFLICT' | 'INVALID'

// The one error type of the domain; its message is Dutch and safe to show.
export class AppError extends Error {
  readonly code: AppErrorCode
  readonly fieldErrors: Record<string, string[]>

  constructor(
    code: AppErrorCode,
    message: string,
    fieldErrors: Record<string, string[]> = {},
  ) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.fieldErrors = fieldErrors
  }
}

// A refusal about one form field: the message shows beside that field.
export function fieldError(
  field: string,
  message: string,
  code: AppErrorCode = 'INVALID',
) {
  return new AppError(code, message, { [field]: [message] })
}

export function notFoundError() {
  return new AppError(
    'NOT_FOUND',
    'Dit onderdeel bestaat niet of is niet voor jou zichtbaar.',
  )
}

export function conflictError() {
  return new AppError(
    'CONFLICT',
    'Dit is intussen gewijzigd, in een ander tabblad of door iemand anders. ' +
      'Laad de pagina opnieuw en probeer het nog een keer.',
  )
}

export function periodeStartedError() {
  return new AppError(
    'LOCKED',
    'In deze praktijkperiode is al gewerkt, dus bewerken of verwijderen ' +
      'kan niet meer.',
  )
}

type PgError = { code?: string; hint?: string }

// The lock triggers raise P0001 with a hint; a bug in lib/ that reaches one
// still ends in a clear message instead of a crash.
export function fromDatabaseError(error: unknown): unknown {
  const pgError = error as PgError

  if (pgError?.code === 'P0001' && pgError.hint === 'LOCKED') {
    return new AppError(
      'LOCKED',
      'Dit is vastgelegd en kan niet meer worden gewijzigd.',
    )
  }
  if (pgError?.code === 'P0001' && pgError.hint === 'STARTED') {
    return periodeStartedError()
  }
  if (pgError?.code === 'P0001' && pgError.hint === 'INCOMPLETE') {
    return new AppError(
      'INVALID',
      'Nog niet alles is ingevuld en opgeslagen, dus vastleggen kan nog niet.',
    )
  }

  return error
}
