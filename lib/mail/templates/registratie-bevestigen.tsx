import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type RegistratieBevestigenData = {
  naam: string
  groepNaam: string
  link: string
}

export const registratieBevestigen: MailTemplate<RegistratieBevestigenData> = {
  subject: () => 'Bevestig je e-mailadres voor Praktijkbeoordelen',
  render: ({ naam, groepNaam, link }) => (
    <MailLayout
      title="Bevestig je e-mailadres"
      preview="Nog één stap voor je aanmelding."
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        Je hebt je aangemeld voor groep {groepNaam}. Bevestig eerst dat dit jouw
        e-mailadres is; daarna ziet je BPV-begeleider je aanmelding.
      </MailParagraph>
      <MailAction href={link} label="E-mailadres bevestigen" />
      <MailParagraph>
        Heb je je niet aangemeld? Dan kun je deze mail negeren; er gebeurt dan
        niets.
      </MailParagraph>
    </MailLayout>
  ),
}
