import { formatTijdstip } from '@/lib/dates'

import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type UitnodigingData = {
  naam: string
  uitgenodigdDoor: string
  schoolNaam: string
  rolOmschrijving: string
  link: string
  geldigTot: Date
}

export const uitnodiging: MailTemplate<UitnodigingData> = {
  subject: ({ schoolNaam }) =>
    `Uitnodiging van ${schoolNaam} voor Praktijkbeoordelen`,
  render: ({
    naam,
    uitgenodigdDoor,
    schoolNaam,
    rolOmschrijving,
    link,
    geldigTot,
  }) => (
    <MailLayout
      title="Welkom bij Praktijkbeoordelen"
      preview={`Kies een wachtwoord om je account te gebruiken als ${rolOmschrijving}.`}
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        {uitgenodigdDoor} van {schoolNaam} heeft een account voor je gemaakt in
        Praktijkbeoordelen, als {rolOmschrijving}. Hierin houden de student, de
        school en het leerbedrijf samen de beroepspraktijkvorming bij.
      </MailParagraph>
      <MailParagraph>
        Kies eerst een wachtwoord. Daarna log je in met dit e-mailadres.
      </MailParagraph>
      <MailAction href={link} label="Wachtwoord kiezen" />
      <MailParagraph>
        De link werkt één keer en is geldig tot {formatTijdstip(geldigTot)}. Is
        hij verlopen, vraag {uitgenodigdDoor} dan om een nieuwe uitnodiging.
      </MailParagraph>
      <MailParagraph>
        Verwachtte je deze uitnodiging niet? Dan kun je deze mail negeren.
      </MailParagraph>
    </MailLayout>
  ),
}
