import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.data/**', 'node_modules/**', 'next-env.d.ts'],
  },
  {
    rules: {
      'no-console': 'error',
    },
  },
  {
    files: ['scripts/**', 'tests/**', 'db/seed.ts', '*.config.ts'],
    rules: { 'no-console': 'off' },
  },
]

export default config
