import type { PeriodeStatus } from '@/lib/periodes/closing'

const labels: Record<PeriodeStatus, string> = {
  nieuw: 'Nog niet begonnen',
  open: 'Open',
  afgesloten: 'Afgesloten',
}

const styles: Record<PeriodeStatus, string> = {
  nieuw: 'bg-sky-100 text-sky-900',
  open: 'bg-green-100 text-green-900',
  afgesloten: 'bg-slate-200 text-slate-800',
}

export function PeriodeStatusBadge({ status }: { status: PeriodeStatus }) {
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-sm font-medium ${styles[status]}`}
    >
      {labels[status]}
    </span>
  )
}
