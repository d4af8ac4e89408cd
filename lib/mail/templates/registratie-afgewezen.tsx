import { MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type RegistratieAfgewezenData = {
  naam: string
  groepNaam: string
}

export const registratieAfgewezen: MailTemplate<RegistratieAfgewezenData> = {
  subject: ({ groepNaam }) =>
    `Je aanmelding bij groep ${groepNaam} is niet goedgekeurd`,
  render: ({ naam, groepNaam }) => (
    <MailLayout
      title="Je aanmelding is niet goedgekeurd"
      preview={`Je aanmelding bij groep ${groepNaam} is afgewezen.`}
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        De BPV-begeleider van groep {groepNaam} heeft je aanmelding afgewezen.
        Misschien heb je de code van een andere groep gekregen.
      </MailParagraph>
      <MailParagraph>
        Vraag je BPV-begeleider of je school welke groepscode voor jou bedoeld
        is, en meld je daarmee opnieuw aan.
      </MailParagraph>
    </MailLayout>
  ),
}
