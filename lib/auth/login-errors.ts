// Shared by the credentials provider and the login form (client-safe).
export const LOGIN_ERROR_CODES = {
  pending: 'AANVRAAG_IN_BEHANDELING',
  unconfirmed: 'ADRES_NIET_BEVESTIGD',
  rate_limited: 'TE_VEEL_POGINGEN',
} as const

export function loginErrorMessage(code: string | null | undefined) {
  switch (code) {
    case LOGIN_ERROR_CODES.pending:
      return (
        'Je aanmelding wacht nog op goedkeuring door je BPV-begeleider. Je ' +
        'krijgt een mail zodra je kunt inloggen.'
      )
    case LOGIN_ERROR_CODES.unconfirmed:
      return (
        'Bevestig eerst je e-mailadres met de link in de mail die we je ' +
        'stuurden. Daarna ziet je BPV-begeleider je aanmelding.'
      )
    case LOGIN_ERROR_CODES.rate_limited:
      return (
        'Te veel inlogpogingen achter elkaar. Wacht een kwartier en probeer ' +
        'het dan opnieuw.'
      )
    default:
      return (
        'Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze ' +
        'en probeer het opnieuw.'
      )
  }
}
