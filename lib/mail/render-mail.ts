import { render, toPlainText } from 'react-email'

import {
  mailTemplates,
  type MailTemplateData,
  type MailTemplateName,
} from './templates'

export type MailContent = {
  [Name in MailTemplateName]: { template: Name; data: MailTemplateData[Name] }
}[MailTemplateName]

// Headings keep their case: an all-caps line reads as shouting.
const plainTextOptions = {
  selectors: [{ selector: 'h1', options: { uppercase: false } }],
}

export type RenderedMail = { subject: string; html: string; text: string }

// Subject, HTML and plain text of one mail. The text version is derived from
// the HTML, so the two can never say different things.
export async function renderMail<Name extends MailTemplateName>({
  template,
  data,
}: {
  template: Name
  data: MailTemplateData[Name]
}): Promise<RenderedMail> {
  const { subject, render: renderBody } = mailTemplates[template]
  const html = await render(renderBody(data))

  return {
    // A name with a line break must never reach a mail header.
    subject: subject(data).replace(/\s+/g, ' ').trim(),
    html,
    text: toPlainText(html, plainTextOptions).trim(),
  }
}
