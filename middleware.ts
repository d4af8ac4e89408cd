import { getToken } from 'next-auth/jwt'
import { NextResponse, type NextRequest } from 'next/server'

import type { Role } from '@/db/types'
import {
  canUseSection,
  sectionOfPath,
  startPathForRoles,
} from '@/lib/auth/roles'

// Optimistic only: it sends signed-out visitors to the login page and keeps
// users out of another role's section. Every page, action and data function
// checks the session and the record again.
function contentSecurityPolicy(nonce: string) {
  const isDev = process.env.NODE_ENV !== 'production'

  return [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ')
}

function withSecurityHeaders(
  request: NextRequest,
  build: (headers: Headers) => NextResponse,
) {
  const nonce = btoa(crypto.randomUUID())
  const csp = contentSecurityPolicy(nonce)
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('x-nonce', nonce)
  requestHeaders.set('Content-Security-Policy', csp)

  const response = build(requestHeaders)
  response.headers.set('Content-Security-Policy', csp)

  return response
}

export async function middleware(request: NextRequest) {
  const { pathname, search } = request.nextUrl
  const section = sectionOfPath(pathname)
  const isAccountPage =
    pathname === '/account' || pathname.startsWith('/account/')

  if (section || isAccountPage) {
    const token = await getToken({ req: request })

    if (!token) {
      const login = new URL('/inloggen', request.url)
      login.searchParams.set('callbackUrl', `${pathname}${search}`)

      return NextResponse.redirect(login)
    }

    const roles = (token.roles ?? []) as Role[]

    if (section && !canUseSection(roles, section)) {
      return NextResponse.redirect(
        new URL(startPathForRoles(roles), request.url),
      )
    }
  }

  return withSecurityHeaders(request, (headers) =>
    NextResponse.next({ request: { headers } }),
  )
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico).*)',
      missing: [{ type: 'header', key: 'next-router-prefetch' }],
    },
  ],
}
