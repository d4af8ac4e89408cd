import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type RegistratieGoedgekeurdData = {
  naam: string
  groepNaam: string
  link: string
}

export const registratieGoedgekeurd: MailTemplate<RegistratieGoedgekeurdData> =
  {
    subject: ({ groepNaam }) =>
      `Je aanmelding bij groep ${groepNaam} is goedgekeurd`,
    render: ({ naam, groepNaam, link }) => (
      <MailLayout
        title="Je aanmelding is goedgekeurd"
        preview={`Je hoort nu bij groep ${groepNaam}.`}
      >
        <MailParagraph>Beste {naam},</MailParagraph>
        <MailParagraph>
          Je BPV-begeleider heeft je aanmelding bij groep {groepNaam}{' '}
          goedgekeurd. Je kunt nu inloggen en met je praktijkperiode aan de
          slag.
        </MailParagraph>
        <MailAction href={link} label="Inloggen" />
      </MailLayout>
    ),
  }
