// Shared button looks, so every form reads the same.
export const primaryButton =
  'inline-flex items-center justify-center rounded bg-brand-700 px-4 py-2 font-medium text-white no-underline hover:bg-brand-800 hover:text-white disabled:opacity-60'

export const secondaryButton =
  'inline-flex items-center justify-center rounded border border-brand-700 bg-white px-4 py-2 font-medium text-brand-700 no-underline hover:bg-brand-50 disabled:opacity-60'
