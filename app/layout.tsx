import type { Metadata, Viewport } from 'next'
import { headers } from 'next/headers'

import { SiteHeader } from '@/components/site-header'

import './globals.css'

export const metadata: Metadata = {
  title: {
    default: 'Praktijkbeoordelen',
    template: '%s · Praktijkbeoordelen',
  },
  description:
    'Leerdoelen, zelfevaluaties, voortgang en beoordeling van de BPV op één plek.',
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
}

export default async function RootLayout({
  children,
}: {
  children: React.ReactNode
}) {
  // Reading the request makes every page dynamic, so each response carries
  // the nonce of its own Content-Security-Policy.
  await headers()

  return (
    <html lang="nl">
      <body className="min-h-screen">
        <a
          href="#inhoud"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" className="mx-auto max-w-4xl px-4 py-6 sm:px-6">
          {children}
        </main>
      </body>
    </html>
  )
}
