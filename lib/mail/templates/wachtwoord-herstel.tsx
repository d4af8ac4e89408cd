import { formatTijdstip } from '@/lib/dates'

import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type WachtwoordHerstelData = {
  naam: string
  link: string
  geldigTot: Date
}

export const wachtwoordHerstel: MailTemplate<WachtwoordHerstelData> = {
  subject: () => 'Nieuw wachtwoord kiezen voor Praktijkbeoordelen',
  render: ({ naam, link, geldigTot }) => (
    <MailLayout
      title="Nieuw wachtwoord kiezen"
      preview="Met de link in deze mail kies je een nieuw wachtwoord."
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        Er is gevraagd om een nieuw wachtwoord voor je account in
        Praktijkbeoordelen. Met de link hieronder kies je er zelf een.
      </MailParagraph>
      <MailAction href={link} label="Nieuw wachtwoord kiezen" />
      <MailParagraph>
        De link werkt één keer en is geldig tot {formatTijdstip(geldigTot)}.
      </MailParagraph>
      <MailParagraph>
        Heb je hier niet zelf om gevraagd? Dan kun je deze mail negeren. Je
        huidige wachtwoord blijft gewoon werken.
      </MailParagraph>
    </MailLayout>
  ),
}
