// Switches between embedded defaults and real services, read in one place.

// Set by the launcher outside production: demo data, the /dev/mail outbox.
export function isDevToolsEnabled() {
  return process.env.DEV_TOOLS === '1'
}

export function isResendConfigured() {
  return Boolean(process.env.RESEND_API_KEY)
}

export function isUploadThingConfigured() {
  return Boolean(process.env.UPLOADTHING_TOKEN)
}

export function publicBaseUrl() {
  return (process.env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(
    /\/$/,
    '',
  )
}
