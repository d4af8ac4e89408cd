import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type GekoppeldAanPeriodeData = {
  naam: string
  studentNaam: string
  rolOmschrijving: string
  link: string
}

export const gekoppeldAanPeriode: MailTemplate<GekoppeldAanPeriodeData> = {
  subject: ({ studentNaam }) =>
    `Je bent gekoppeld aan de praktijkperiode van ${studentNaam}`,
  render: ({ naam, studentNaam, rolOmschrijving, link }) => (
    <MailLayout
      title="Nieuwe praktijkperiode"
      preview={`Je volgt ${studentNaam} als ${rolOmschrijving}.`}
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        Je bent in Praktijkbeoordelen gekoppeld aan de praktijkperiode van{' '}
        {studentNaam}, als {rolOmschrijving}.
      </MailParagraph>
      <MailParagraph>
        Daar zie je het werkplan en de zelfevaluaties van de student, en vul je
        de voortgangsmetingen en later het verslag in.
      </MailParagraph>
      <MailAction href={link} label="Praktijkperiode bekijken" />
    </MailLayout>
  ),
}
