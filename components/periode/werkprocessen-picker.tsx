'use client'

import { useState, useSyncExternalStore } from 'react'

import type { Kerntaak } from '@/lib/periodes/group-by-kerntaak'

import { FieldError } from '../form-message'

const subscribeToNothing = () => () => {}

// True once React runs in the browser; false in the server's HTML.
function useIsHydrated() {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  )
}

// Werkprocessen per kerntaak: one tick takes a whole kerntaak, or single
// werkprocessen are ticked. With JavaScript the kerntaak box only ticks its
// werkprocessen, which are what is sent. Without it the box starts empty
// and is sent itself (lib/ adds its werkprocessen), so unticking one
// werkproces of a whole kerntaak still counts.
export function WerkprocessenPicker({
  kerntaken,
  initial,
  errors,
  hint,
}: {
  kerntaken: Kerntaak[]
  initial: string[]
  errors?: string[]
  hint: string
}) {
  const [selected, setSelected] = useState(() => new Set(initial))
  const isHydrated = useIsHydrated()

  function toggle(ids: string[], isChecked: boolean) {
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (isChecked) {
          next.add(id)
        } else {
          next.delete(id)
        }
      }

      return next
    })
  }

  return (
    <fieldset aria-describedby="werkprocessen-fout" className="space-y-4">
      <legend className="font-medium">Werkprocessen</legend>
      <p className="text-sm text-slate-700">{hint}</p>
      {kerntaken.map((kerntaak) => {
        const ids = kerntaak.werkprocessen.map((werkproces) => werkproces.id)
        const isWhole = ids.every((id) => selected.has(id))

        return (
          <div
            key={kerntaak.id}
            className="rounded border border-slate-200 bg-white p-3"
          >
            <label className="flex items-start gap-2 font-semibold">
              <input
                type="checkbox"
                name={isHydrated ? undefined : 'kerntaken'}
                value={kerntaak.id}
                checked={isHydrated && isWhole}
                onChange={(event) => toggle(ids, event.target.checked)}
                className="mt-1 size-5 shrink-0"
              />
              <span>
                Hele kerntaak {kerntaak.code} {kerntaak.titel}
              </span>
            </label>
            <ul className="mt-2 space-y-2 pl-7">
              {kerntaak.werkprocessen.map((werkproces) => (
                <li key={werkproces.id}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      name="werkprocessen"
                      value={werkproces.id}
                      checked={selected.has(werkproces.id)}
                      onChange={(event) =>
                        toggle([werkproces.id], event.target.checked)
                      }
                      className="mt-1 size-5 shrink-0"
                    />
                    <span>
                      <span className="font-medium">{werkproces.code}</span>{' '}
                      {werkproces.titel}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
      <FieldError id="werkprocessen-fout" errors={errors} />
    </fieldset>
  )
}
