'use client'

import Link from 'next/link'

// Shown for anything unexpected, in Dutch; details stay in the server log.
export default function ErrorPage({ reset }: { reset: () => void }) {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Er ging iets mis</h1>
      <p className="mb-4">
        Dit lukte niet. Wat al was opgeslagen, is bewaard. Probeer het opnieuw;
        blijft het misgaan, neem dan contact op met de beheerder van je school.
      </p>
      <div className="flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded border border-brand-700 px-4 py-2 text-brand-700"
        >
          Opnieuw proberen
        </button>
        <Link href="/">Naar de startpagina</Link>
      </div>
    </>
  )
}
