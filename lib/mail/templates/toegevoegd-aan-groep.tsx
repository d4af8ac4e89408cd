import { MailAction, MailLayout, MailParagraph } from './layout'
import type { MailTemplate } from './mail-template'

export type ToegevoegdAanGroepData = {
  naam: string
  groepNaam: string
  schoolNaam: string
  link: string
}

export const toegevoegdAanGroep: MailTemplate<ToegevoegdAanGroepData> = {
  subject: ({ groepNaam }) => `Je bent toegevoegd aan groep ${groepNaam}`,
  render: ({ naam, groepNaam, schoolNaam, link }) => (
    <MailLayout
      title={`Toegevoegd aan groep ${groepNaam}`}
      preview={`${schoolNaam} heeft je toegevoegd aan groep ${groepNaam}.`}
    >
      <MailParagraph>Beste {naam},</MailParagraph>
      <MailParagraph>
        {schoolNaam} heeft je in Praktijkbeoordelen toegevoegd aan groep{' '}
        {groepNaam}. Je hoeft niets nieuws aan te maken: log in met je bestaande
        account en je ziet de groep erbij staan.
      </MailParagraph>
      <MailAction href={link} label="Naar Praktijkbeoordelen" />
    </MailLayout>
  ),
}
