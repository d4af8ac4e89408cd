import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type RegistratieAangevraagdData = {
  naam: string
  studentNaam: string
  groepNaam: string
  link: string
}

export const registratieAangevraagd: MailTemplate<RegistratieAangevraagdData> =
  {
    subject: ({ studentNaam, groepNaam }) =>
      `${studentNaam} wil zich aanmelden bij groep ${groepNaam}`,
    render: ({ naam, studentNaam, groepNaam, link }) => (
      <MailLayout
        title="Nieuwe aanmelding voor je groep"
        preview={`${studentNaam} heeft de groepscode van ${groepNaam} gebruikt.`}
      >
        <MailParagraph>Beste {naam},</MailParagraph>
        <MailParagraph>
          {studentNaam} heeft zich met de groepscode aangemeld bij groep{' '}
          {groepNaam}. De aanmelding wacht op jouw besluit.
        </MailParagraph>
        <MailParagraph>
          Hoort deze student bij jouw groep, keur de aanmelding dan goed. Zo
          niet, dan wijs je de aanmelding af. De student krijgt in beide
          gevallen een mail.
        </MailParagraph>
        <MailAction href={link} label="Aanmelding bekijken" />
      </MailLayout>
    ),
  }
