import {
  gekoppeldAanPeriode,
  type GekoppeldAanPeriodeData,
} from './gekoppeld-aan-periode'
import type { MailTemplate } from './mail-template'
import {
  registratieAangevraagd,
  type RegistratieAangevraagdData,
} from './registratie-aangevraagd'
import {
  registratieBevestigen,
  type RegistratieBevestigenData,
} from './registratie-bevestigen'
import {
  registratieAfgewezen,
  type RegistratieAfgewezenData,
} from './registratie-afgewezen'
import {
  registratieGoedgekeurd,
  type RegistratieGoedgekeurdData,
} from './registratie-goedgekeurd'
import {
  toegevoegdAanGroep,
  type ToegevoegdAanGroepData,
} from './toegevoegd-aan-groep'
import { uitnodiging, type UitnodigingData } from './uitnodiging'
import {
  wachtwoordHerstel,
  type WachtwoordHerstelData,
} from './wachtwoord-herstel'

export type { GekoppeldAanPeriodeData } from './gekoppeld-aan-periode'
export type { MailTemplate } from './mail-template'
export type { RegistratieAangevraagdData } from './registratie-aangevraagd'
export type { RegistratieAfgewezenData } from './registratie-afgewezen'
export type { RegistratieBevestigenData } from './registratie-bevestigen'
export type { RegistratieGoedgekeurdData } from './registratie-goedgekeurd'
export type { ToegevoegdAanGroepData } from './toegevoegd-aan-groep'
export type { UitnodigingData } from './uitnodiging'
export type { WachtwoordHerstelData } from './wachtwoord-herstel'

// The data each mail needs, by template name.
export type MailTemplateData = {
  uitnodiging: UitnodigingData
  'toegevoegd-aan-groep': ToegevoegdAanGroepData
  'registratie-bevestigen': RegistratieBevestigenData
  'registratie-aangevraagd': RegistratieAangevraagdData
  'registratie-goedgekeurd': RegistratieGoedgekeurdData
  'registratie-afgewezen': RegistratieAfgewezenData
  'wachtwoord-herstel': WachtwoordHerstelData
  'gekoppeld-aan-periode': GekoppeldAanPeriodeData
}

export type MailTemplateName = keyof MailTemplateData

// Typed as a mapped type so a lookup by a generic name keeps its data type.
export const mailTemplates: {
  [Name in MailTemplateName]: MailTemplate<MailTemplateData[Name]>
} = {
  uitnodiging,
  'toegevoegd-aan-groep': toegevoegdAanGroep,
  'registratie-bevestigen': registratieBevestigen,
  'registratie-aangevraagd': registratieAangevraagd,
  'registratie-goedgekeurd': registratieGoedgekeurd,
  'registratie-afgewezen': registratieAfgewezen,
  'wachtwoord-herstel': wachtwoordHerstel,
  'gekoppeld-aan-periode': gekoppeldAanPeriode,
}
