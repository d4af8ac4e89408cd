import 'server-only'

import { notFound } from 'next/navigation'

import { AppError } from './errors'

// For pages: a record outside the user's reach is a plain 404.
export async function loadOrNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') {
      notFound()
    }
    throw error
  }
}
