import Link from 'next/link'

export default function NotFound() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Pagina niet gevonden</h1>
      <p className="mb-4">
        Deze pagina bestaat niet, of je hebt er geen toegang toe.
      </p>
      <p>
        <Link href="/">Naar de startpagina</Link>
      </p>
    </>
  )
}
