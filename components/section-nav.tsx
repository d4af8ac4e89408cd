import Link from 'next/link'

// The pages of one role section, shown above them.
export function SectionNav({
  label,
  links,
}: {
  label: string
  links: { href: string; label: string }[]
}) {
  return (
    <nav aria-label={label} className="mb-6">
      <ul className="flex flex-wrap gap-4 text-sm">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
