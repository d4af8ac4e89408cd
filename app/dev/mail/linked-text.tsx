// Plain mail text with every web address turned into a real link, so a
// developer or a Playwright test can follow "the link in the mail".
const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g

// A sentence may end right after an address; that dot is not part of it.
const TRAILING_PUNCTUATION = /[.,;:!?)]+$/

export function LinkedText({ text }: { text: string }) {
  const parts = text.split(URL_PATTERN)

  return (
    <>
      {parts.map((part, index) => {
        // split() with a capture group puts the matches at odd positions.
        if (index % 2 === 0) {
          return part
        }

        const href = part.replace(TRAILING_PUNCTUATION, '')
        const rest = part.slice(href.length)

        return (
          <span key={index}>
            <a href={href} className="break-all">
              {href}
            </a>
            {rest}
          </span>
        )
      })}
    </>
  )
}
