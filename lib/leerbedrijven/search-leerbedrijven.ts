import 'server-only'

import { sql } from 'kysely'

import { getDb } from '@/lib/db'

import { parseZoekterm } from './search-text'

export type LeerbedrijfHit = Awaited<
  ReturnType<typeof searchLeerbedrijven>
>[number]

// Escapes LIKE's wildcards in a search word.
function likeFragment(word: string) {
  return `%${word.replace(/[\\%_]/g, (match) => `\\${match}`)}%`
}

// Finds leerbedrijven by parts of their name (every word must occur, in any
// case and with or without accents), or exactly by leerbedrijf-ID or
// Stagemarkt code. Names that start with the first word come first.
export async function searchLeerbedrijven({
  query,
  limit = 20,
}: {
  query: string
  limit?: number
}) {
  const term = parseZoekterm(query)

  if (term.kind === 'leeg') {
    return []
  }

  let select = getDb()
    .selectFrom('leerbedrijven')
    .select([
      'id',
      'leerbedrijf_id as leerbedrijfId',
      'stagemarkt_code as stagemarktCode',
      'naam',
      'adres',
      'postcode',
      'plaats',
    ])
    .limit(limit)

  if (term.kind === 'nummer') {
    return select
      .where((eb) =>
        eb.or([
          eb('leerbedrijf_id', '=', term.value),
          eb('stagemarkt_code', '=', term.value),
        ]),
      )
      .orderBy('naam')
      .execute()
  }

  for (const word of term.words) {
    select = select.where('zoeknaam', 'like', likeFragment(word))
  }

  return select
    .orderBy(
      sql`case when zoeknaam like ${`${term.words[0]}%`} then 0 else 1 end`,
    )
    .orderBy('naam')
    .execute()
}
