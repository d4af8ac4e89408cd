import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // No generated AGENTS.md files in the working tree.
  agentRules: false,
  experimental: {
    agentUpgrade: false,
    // Leerbedrijven exports run to several MB; every action checks its own
    // limits and answers in Dutch below this one.
    serverActions: { bodySizeLimit: '25mb' },
  },
  serverExternalPackages: [
    'pg',
    '@vercel/postgres',
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    // Renders mail with react-dom/server, outside the RSC bundle.
    'react-email',
    '@react-email/render',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          {
            key: 'Permissions-Policy',
            value: 'camera=(), microphone=(), geolocation=()',
          },
        ],
      },
    ]
  },
}

export default nextConfig
