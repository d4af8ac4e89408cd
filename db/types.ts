import type { ColumnType, Generated } from 'kysely'

// Dates travel as 'YYYY-MM-DD' strings (see db/connection.ts), never as Date.
type DateString = string
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>
type Json = ColumnType<unknown, string, string>

export type Role =
  | 'student'
  | 'praktijkopleider'
  | 'bpv_begeleider'
  | 'bpv_beoordelaar'
  | 'beheerder'

export type Schaalwaarde = 'nooit' | 'oefenen' | 'voldoende' | 'goed'

export type ScholenTable = {
  id: Generated<string>
  naam: string
  brin: string | null
  created_at: Generated<Date>
}

export type UsersTable = {
  id: Generated<string>
  email: string
  password_hash: string | null
  voornaam: string
  tussenvoegsel: Generated<string>
  achternaam: string
  telefoon: Generated<string>
  school_id: string | null
  session_version: Generated<number>
  is_blocked: Generated<boolean>
  email_confirmed_at: Timestamp | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type UserRolesTable = {
  id: Generated<string>
  user_id: string
  role: Role
  school_id: string | null
  created_at: Generated<Date>
}

export type AuthTokensTable = {
  id: Generated<string>
  user_id: string
  purpose: 'uitnodiging' | 'wachtwoord' | 'bevestiging'
  token_hash: string
  expires_at: Timestamp
  used_at: Timestamp | null
  created_at: Generated<Date>
}

export type RateLimitsTable = {
  bucket: string
  hits: number
  window_start: Timestamp
}

export type KwalificatiesTable = {
  id: Generated<string>
  school_id: string | null
  crebo: string
  naam: string
  niveau: number
  versie: string
  geldig_vanaf: DateString | null
  created_at: Generated<Date>
}

export type KerntakenTable = {
  id: Generated<string>
  kwalificatie_id: string
  code: string
  titel: string
  volgorde: number
}

export type WerkprocessenTable = {
  id: Generated<string>
  kerntaak_id: string
  code: string
  titel: string
  volgorde: number
}

export type ActiviteitenTable = {
  id: Generated<string>
  werkproces_id: string
  school_id: string
  omschrijving: string
  volgorde: number
  version: Generated<number>
}

export type GroepenTable = {
  id: Generated<string>
  school_id: string
  kwalificatie_id: string | null
  naam: string
  cohort: Generated<string>
  groepscode: string
  created_at: Generated<Date>
}

export type GroepBegeleidersTable = {
  groep_id: string
  user_id: string
}

export type GroepStudentenTable = {
  groep_id: string
  user_id: string
  status: Generated<'aangevraagd' | 'actief' | 'afgewezen'>
  studentnummer: Generated<string>
  created_at: Generated<Date>
}

export type LeerbedrijvenTable = {
  id: Generated<string>
  leerbedrijf_id: string
  naam: string
  adres: Generated<string>
  postcode: Generated<string>
  plaats: Generated<string>
  kvk_nummer: Generated<string>
  zoeknaam: Generated<string>
  stagemarkt_code: Generated<string>
  created_at: Generated<Date>
}

export type LeerbedrijfOpleidersTable = {
  leerbedrijf_id: string
  user_id: string
  is_sbb_geregistreerd: Generated<boolean>
}

export type PraktijkperiodesTable = {
  id: Generated<string>
  school_id: string
  student_id: string
  begeleider_id: string | null
  kwalificatie_id: string
  locatie: 'leerbedrijf' | 'school'
  leerbedrijf_id: string | null
  praktijkopleider_id: string | null
  beoordelaar_id: string | null
  startdatum: DateString
  einddatum: DateString
  uren_afgesproken: number | null
  afgesloten_op: Timestamp | null
  created_by: string
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type PeriodeWerkprocessenTable = {
  praktijkperiode_id: string
  werkproces_id: string
}

export type MeetmomentenTable = {
  id: Generated<string>
  praktijkperiode_id: string
  soort: 'zelfevaluatie' | 'voortgangsmeting'
  auteur_id: string
  werkplan_afspraken: Generated<string>
  werkplan_acties: Generated<string>
  request_id: string
  vastgelegd_op: Timestamp | null
  version: Generated<number>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}

export type MeetmomentScoresTable = {
  id: Generated<string>
  meetmoment_id: string
  werkproces_id: string
  activiteit_id: string | null
  waarde: Schaalwaarde
  opmerking: Generated<string>
  version: Generated<number>
  updated_at: Generated<Date>
}

export type ReflectiesTable = {
  meetmoment_id: string
  wat_ging_goed: Generated<string>
  wat_was_lastig: Generated<string>
  wat_geleerd: Generated<string>
  volgende_stap: Generated<string>
  vastgelegd_op: Timestamp | null
  version: Generated<number>
  updated_at: Generated<Date>
}

export type VerslagenTable = {
  praktijkperiode_id: string
  auteur_id: string
  vastgelegd_op: Timestamp | null
  version: Generated<number>
  updated_at: Generated<Date>
}

export type VerslagOordelenTable = {
  praktijkperiode_id: string
  werkproces_id: string
  is_basis: Generated<boolean>
  is_gevorderd: Generated<boolean>
  opmerking: Generated<string>
}

export type PlanningItemsTable = {
  id: Generated<string>
  praktijkperiode_id: string
  datum: DateString
  taak: string
  voorbereiding: Generated<string>
  created_by: string
  created_at: Generated<Date>
}

export type BedrijfsomschrijvingenTable = {
  praktijkperiode_id: string
  inhoud: Json
  status: Generated<'concept' | 'ingediend' | 'goedgekeurd' | 'teruggestuurd'>
  opmerking: Generated<string>
  beoordeeld_door: string | null
  version: Generated<number>
  updated_at: Generated<Date>
}

export type BewijsstukkenTable = {
  id: Generated<string>
  praktijkperiode_id: string
  werkproces_id: string | null
  omschrijving: string
  bestandsnaam: string
  mime_type: string
  grootte: number
  storage_key: string
  uploaded_by: string
  created_at: Generated<Date>
}

export type UrenWekenTable = {
  id: Generated<string>
  praktijkperiode_id: string
  iso_jaar: number
  iso_week: number
  status: Generated<'concept' | 'ingediend' | 'goedgekeurd' | 'afgekeurd'>
  opmerking: Generated<string>
  beoordeeld_door: string | null
  ingediend_op: Timestamp | null
  version: Generated<number>
  updated_at: Generated<Date>
}

export type UrenDagenTable = {
  week_id: string
  datum: DateString
  minuten: number
}

export type DocumentenTable = {
  id: Generated<string>
  school_id: string | null
  soort: 'opdracht' | 'servicedocument'
  titel: string
  bestandsnaam: string
  mime_type: string
  grootte: number
  storage_key: string
  created_at: Generated<Date>
}

export type MailOutboxTable = {
  id: Generated<string>
  recipient: string
  subject: string
  html: string
  text: string
  idempotency_key: string
  sent_at: Timestamp | null
  created_at: Generated<Date>
}

export type AuditLogTable = {
  id: Generated<string>
  actor_id: string | null
  action: string
  table_name: string
  record_id: string | null
  old_values: unknown
  new_values: unknown
  created_at: Generated<Date>
}

export type Database = {
  scholen: ScholenTable
  users: UsersTable
  user_roles: UserRolesTable
  auth_tokens: AuthTokensTable
  rate_limits: RateLimitsTable
  kwalificaties: KwalificatiesTable
  kerntaken: KerntakenTable
  werkprocessen: WerkprocessenTable
  activiteiten: ActiviteitenTable
  groepen: GroepenTable
  groep_begeleiders: GroepBegeleidersTable
  groep_studenten: GroepStudentenTable
  leerbedrijven: LeerbedrijvenTable
  leerbedrijf_opleiders: LeerbedrijfOpleidersTable
  praktijkperiodes: PraktijkperiodesTable
  periode_werkprocessen: PeriodeWerkprocessenTable
  meetmomenten: MeetmomentenTable
  meetmoment_scores: MeetmomentScoresTable
  reflecties: ReflectiesTable
  verslagen: VerslagenTable
  verslag_oordelen: VerslagOordelenTable
  planning_items: PlanningItemsTable
  bedrijfsomschrijvingen: BedrijfsomschrijvingenTable
  bewijsstukken: BewijsstukkenTable
  uren_weken: UrenWekenTable
  uren_dagen: UrenDagenTable
  documenten: DocumentenTable
  mail_outbox: MailOutboxTable
  audit_log: AuditLogTable
}
