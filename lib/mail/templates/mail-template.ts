import type { ReactElement } from 'react'

// One mail: its subject line and its body, both built from the same data.
export type MailTemplate<Data> = {
  subject: (data: Data) => string
  render: (data: Data) => ReactElement
}
