import Link from 'next/link'

export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p className="mb-4">
      <Link href={href}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  )
}
