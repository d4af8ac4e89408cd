import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { LinkedText } from '@/app/dev/mail/linked-text'

function renderLinkedText(text: string) {
  return renderToStaticMarkup(createElement(LinkedText, { text }))
}

describe('/dev/mail text with links', () => {
  it('turns each web address into a link to exactly that address', () => {
    const html = renderLinkedText(
      'Wachtwoord kiezen: http://localhost:3000/uitnodiging/abc?x=1&y=2\n' +
        'Of kijk op https://example.invalid/hulp.',
    )

    expect(html).toContain(
      '<a href="http://localhost:3000/uitnodiging/abc?x=1&amp;y=2" class="break-all">' +
        'http://localhost:3000/uitnodiging/abc?x=1&amp;y=2</a>',
    )
    // The full stop ends the sentence, not the address.
    expect(html).toContain(
      '<a href="https://example.invalid/hulp" class="break-all">' +
        'https://example.invalid/hulp</a>.',
    )
  })

  it('links nothing but http and https addresses', () => {
    const html = renderLinkedText(
      'javascript:alert(1) en <script>alert(2)</script> en mailto:a@b.nl',
    )

    expect(html).not.toContain('<a')
    expect(html).toContain('&lt;script&gt;')
  })
})
