import { describe, expect, it } from 'vitest'

import { renderMail, type MailContent } from '@/lib/mail/render-mail'

const base = 'http://localhost:3000'

// Winter time: 13:05 UTC is 14:05 in Amsterdam.
const geldigTot = new Date('2026-12-18T13:05:00Z')

type Case = {
  mail: MailContent
  subject: string
  link: string | null
  mentions: string[]
}

const cases: Case[] = [
  {
    mail: {
      template: 'uitnodiging',
      data: {
        naam: 'Anna de Vries',
        uitgenodigdDoor: 'Piet Bakker',
        schoolNaam: 'ROC Midden',
        rolOmschrijving: 'student in groep SD4A',
        link: `${base}/uitnodiging/tok-uit?bron=mail&x=1`,
        geldigTot,
      },
    },
    subject: 'Uitnodiging van ROC Midden voor Praktijkbeoordelen',
    link: `${base}/uitnodiging/tok-uit?bron=mail&x=1`,
    mentions: [
      'Anna de Vries',
      'Piet Bakker',
      'student in groep SD4A',
      '18 december 2026 om 14:05',
    ],
  },
  {
    mail: {
      template: 'toegevoegd-aan-groep',
      data: {
        naam: 'Bram Jansen',
        groepNaam: 'SD4B',
        schoolNaam: 'ROC Midden',
        link: `${base}/student`,
      },
    },
    subject: 'Je bent toegevoegd aan groep SD4B',
    link: `${base}/student`,
    mentions: ['Bram Jansen', 'SD4B', 'ROC Midden'],
  },
  {
    mail: {
      template: 'registratie-aangevraagd',
      data: {
        naam: 'Carla Smit',
        studentNaam: 'Daan Visser',
        groepNaam: 'SD4A',
        link: `${base}/begeleider/aanmeldingen`,
      },
    },
    subject: 'Daan Visser wil zich aanmelden bij groep SD4A',
    link: `${base}/begeleider/aanmeldingen`,
    mentions: ['Carla Smit', 'Daan Visser', 'groepscode'],
  },
  {
    mail: {
      template: 'registratie-goedgekeurd',
      data: {
        naam: 'Daan Visser',
        groepNaam: 'SD4A',
        link: `${base}/inloggen`,
      },
    },
    subject: 'Je aanmelding bij groep SD4A is goedgekeurd',
    link: `${base}/inloggen`,
    mentions: ['Daan Visser', 'goedgekeurd'],
  },
  {
    mail: {
      template: 'registratie-afgewezen',
      data: { naam: 'Daan Visser', groepNaam: 'SD4A' },
    },
    subject: 'Je aanmelding bij groep SD4A is niet goedgekeurd',
    link: null,
    mentions: ['Daan Visser', 'afgewezen', 'groepscode'],
  },
  {
    mail: {
      template: 'wachtwoord-herstel',
      data: {
        naam: 'Eva Mulder',
        link: `${base}/wachtwoord-herstellen/tok-herstel`,
        geldigTot,
      },
    },
    subject: 'Nieuw wachtwoord kiezen voor Praktijkbeoordelen',
    link: `${base}/wachtwoord-herstellen/tok-herstel`,
    mentions: ['Eva Mulder', '18 december 2026 om 14:05', 'negeren'],
  },
  {
    mail: {
      template: 'gekoppeld-aan-periode',
      data: {
        naam: 'Frank de Boer',
        studentNaam: 'Anna de Vries',
        rolOmschrijving: 'praktijkopleider bij Bakkerij Brood',
        link: `${base}/praktijkopleider/praktijkperiodes/123`,
      },
    },
    subject: 'Je bent gekoppeld aan de praktijkperiode van Anna de Vries',
    link: `${base}/praktijkopleider/praktijkperiodes/123`,
    mentions: ['Frank de Boer', 'praktijkopleider bij Bakkerij Brood'],
  },
]

describe('mail templates', () => {
  for (const { mail, subject, link, mentions } of cases) {
    describe(mail.template, () => {
      it('renders the Dutch subject and an HTML mail in Dutch', async () => {
        const rendered = await renderMail(mail)

        expect(rendered.subject).toBe(subject)
        expect(rendered.html).toContain('<html dir="ltr" lang="nl">')
        expect(rendered.html).not.toContain('lang="en"')
        for (const mention of mentions) {
          expect(rendered.html).toContain(mention)
          expect(rendered.text).toContain(mention)
        }
      })

      if (link) {
        it('links to the action in HTML and as a bare URL in text', async () => {
          const rendered = await renderMail(mail)
          const escaped = link.replaceAll('&', '&amp;')

          expect(rendered.html).toContain(`href="${escaped}"`)
          // The URL stands alone between spaces or line breaks, so a mail
          // client can link it and a reader can copy it.
          expect(rendered.text.split(/\s+/)).toContain(link)
          // Once: the text version drops the button and keeps the address.
          expect(rendered.text.split(link)).toHaveLength(2)
          expect(rendered.text).not.toMatch(/<[a-z]/i)
        })
      } else {
        it('has no link', async () => {
          const rendered = await renderMail(mail)

          expect(rendered.text).not.toContain('http')
          expect(rendered.html).not.toContain('href=')
        })
      }
    })
  }
})

describe('mail rendering', () => {
  it('formats the expiry in Amsterdam time, also in summer', async () => {
    const rendered = await renderMail({
      template: 'wachtwoord-herstel',
      data: {
        naam: 'Eva Mulder',
        link: `${base}/wachtwoord-herstellen/tok`,
        // 22:30 UTC on 1 July is 00:30 on 2 July in Amsterdam (UTC+2).
        geldigTot: new Date('2026-07-01T22:30:00Z'),
      },
    })

    expect(rendered.text).toContain('geldig tot 2 juli 2026 om 00:30')
  })

  it('escapes names in HTML and keeps them readable in text', async () => {
    const rendered = await renderMail({
      template: 'registratie-afgewezen',
      data: { naam: '<b>Jan</b> & Co', groepNaam: 'SD4A' },
    })

    expect(rendered.html).toContain('&lt;b&gt;Jan&lt;/b&gt; &amp; Co')
    expect(rendered.html).not.toContain('<b>Jan</b>')
    expect(rendered.text).toContain('Beste <b>Jan</b> & Co,')
  })

  it('keeps line breaks in a name out of the subject', async () => {
    const rendered = await renderMail({
      template: 'registratie-aangevraagd',
      data: {
        naam: 'Carla Smit',
        studentNaam: 'Daan\r\nBcc: iemand@example.invalid',
        groepNaam: 'SD4A',
        link: `${base}/begeleider`,
      },
    })

    expect(rendered.subject).toBe(
      'Daan Bcc: iemand@example.invalid wil zich aanmelden bij groep SD4A',
    )
  })
})
