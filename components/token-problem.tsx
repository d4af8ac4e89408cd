import Link from 'next/link'

import type { TokenPurpose, TokenState } from '@/lib/auth/tokens'

// What an unusable link means and what to do next.
export function TokenProblem({
  state,
  purpose,
}: {
  state: Exclude<TokenState['status'], 'valid'>
  purpose: TokenPurpose
}) {
  const next = {
    uitnodiging:
      'Vraag je BPV-begeleider of de beheerder van je school om een nieuwe uitnodiging.',
    wachtwoord: 'Vraag hieronder een nieuwe link aan.',
    bevestiging: 'Meld je opnieuw aan met de groepscode.',
  }[purpose]

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">
        {state === 'used'
          ? 'Deze link is al gebruikt'
          : state === 'expired'
            ? 'Deze link is verlopen'
            : 'Deze link werkt niet'}
      </h1>
      <p>
        {state === 'used'
          ? purpose === 'bevestiging'
            ? 'Dit e-mailadres is al bevestigd. Je krijgt een mail zodra je begeleider je aanmelding goedkeurt.'
            : 'Met deze link is al een wachtwoord ingesteld. Log in met dat wachtwoord.'
          : state === 'expired'
            ? `De link was maar een beperkte tijd geldig. ${next}`
            : `Controleer of je de hele link uit de mail hebt gebruikt. ${next}`}
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link href="/inloggen">Naar inloggen</Link>
        </li>
        <li>
          <Link href="/wachtwoord-vergeten">
            Nieuwe wachtwoordlink aanvragen
          </Link>
        </li>
      </ul>
    </div>
  )
}
