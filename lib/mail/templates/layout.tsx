import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Link,
  Preview,
  Text,
} from 'react-email'

// Plain, high-contrast styles inlined by React Email; mail clients ignore
// most CSS, so the layout stays one narrow column of text.
const body = {
  backgroundColor: '#f8fafc',
  color: '#0f172a',
  fontFamily: 'Arial, Helvetica, sans-serif',
  margin: 0,
  padding: '24px 0',
}

const container = {
  backgroundColor: '#ffffff',
  border: '1px solid #e2e8f0',
  borderRadius: '6px',
  maxWidth: '560px',
  padding: '24px',
}

const heading = {
  fontSize: '22px',
  lineHeight: '30px',
  margin: '0 0 16px',
}

const paragraph = {
  fontSize: '16px',
  lineHeight: '24px',
  margin: '0 0 16px',
}

const button = {
  backgroundColor: '#1d4f91',
  borderRadius: '4px',
  color: '#ffffff',
  fontSize: '16px',
  fontWeight: 'bold',
  padding: '12px 20px',
  textDecoration: 'none',
}

const fallbackLink = {
  color: '#1d4f91',
  textDecoration: 'underline',
  wordBreak: 'break-all' as const,
}

// Hidden in HTML (like React Email's preview text) but kept by the
// plain-text conversion, which ignores styles.
const textOnly = {
  display: 'none',
  maxHeight: 0,
  overflow: 'hidden',
  msoHide: 'all',
} as React.CSSProperties

const footer = {
  color: '#475569',
  fontSize: '14px',
  lineHeight: '20px',
  margin: 0,
}

export function MailLayout({
  preview,
  title,
  children,
}: {
  preview: string
  title: string
  children: React.ReactNode
}) {
  return (
    <Html lang="nl" dir="ltr">
      <Head>
        <title>{title}</title>
      </Head>
      {/* The document title names the mail; the preview is only the inbox
          teaser, so it must not add a second title. */}
      <Preview useTitleTag={false}>{preview}</Preview>
      <Body lang="nl" dir="ltr" style={body}>
        <Container style={container}>
          <Heading as="h1" style={heading}>
            {title}
          </Heading>
          {children}
          <Hr style={{ borderColor: '#e2e8f0', margin: '24px 0 16px' }} />
          <Text style={footer}>
            Deze mail is automatisch verstuurd door Praktijkbeoordelen. Een
            antwoord op deze mail komt nergens aan; neem bij vragen contact op
            met je school.
          </Text>
        </Container>
      </Body>
    </Html>
  )
}

export function MailParagraph({ children }: { children: React.ReactNode }) {
  return <Text style={paragraph}>{children}</Text>
}

// The button carries the action in HTML; the plain-text version skips it and
// keeps the line below with the bare address, so every reader gets the link
// exactly once and can copy it when a client blocks buttons.
export function MailAction({ href, label }: { href: string; label: string }) {
  return (
    <>
      <Text style={{ ...paragraph, margin: '24px 0' }} data-skip-in-text>
        <Button href={href} style={button}>
          {label}
        </Button>
      </Text>
      <Text style={paragraph}>
        <span data-skip-in-text>Werkt de knop niet? Open dan deze link: </span>
        <span style={textOnly}>{label}: </span>
        <Link href={href} style={fallbackLink}>
          {href}
        </Link>
      </Text>
    </>
  )
}
