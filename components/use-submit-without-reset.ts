'use client'

import { startTransition, type FormEvent } from 'react'

// React resets a form after its action runs, which wipes selects and
// controlled checkboxes when the server sends the form back with errors.
// Dispatching the form data ourselves keeps everything the user entered.
// Keep `action` on the form as well: before the page has hydrated (or
// without JavaScript) the browser posts it to the server action itself.
export function useSubmitWithoutReset(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const formData = new FormData(event.currentTarget)
    startTransition(() => dispatch(formData))
  }
}
