import { sql } from 'kysely'

// "voornaam tussenvoegsel achternaam" as one SQL value, skipping empty parts.
export function fullName(table: string) {
  return sql<string>`concat_ws(' ', ${sql.ref(`${table}.voornaam`)},
    nullif(${sql.ref(`${table}.tussenvoegsel`)}, ''),
    ${sql.ref(`${table}.achternaam`)})`
}
