type Level = 'info' | 'warn' | 'error'
type Fields = Record<string, string | number | boolean | null | undefined>

// One scoped logger per module; log ids and outcomes, never secrets or
// whole form inputs.
export function createLogger(scope: string) {
  function write(level: Level, message: string, fields: Fields = {}) {
    const line = JSON.stringify({
      time: new Date().toISOString(),
      level,
      scope,
      message,
      ...fields,
    })

    // The logger is the one place that writes to the console.
    // eslint-disable-next-line no-console
    console[level === 'info' ? 'log' : level](line)
  }

  return {
    info: (message: string, fields?: Fields) => write('info', message, fields),
    warn: (message: string, fields?: Fields) => write('warn', message, fields),
    error: (message: string, error?: unknown, fields?: Fields) =>
      write('error', message, {
        ...fields,
        error: error instanceof Error ? error.message : String(error),
      }),
  }
}
