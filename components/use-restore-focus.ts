'use client'

import { useEffect, useRef, type RefObject } from 'react'

// A form disables its fieldset while it saves, which drops the keyboard
// focus to the page. Afterwards this puts it back (when nothing else took
// the focus): on the first field with an error, or on the control that had
// it when that control is still there.
export function useRestoreFocus(
  formRef: RefObject<HTMLFormElement | null>,
  isPending: boolean,
) {
  const lastFocused = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const form = formRef.current
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target as HTMLElement
    }
    form?.addEventListener('focusin', remember)

    return () => form?.removeEventListener('focusin', remember)
  }, [formRef])

  useEffect(() => {
    // A refused save sends the keyboard to the first field it complains
    // about; otherwise focus returns where it was.
    const invalid = formRef.current?.querySelector<HTMLElement>(
      '[aria-invalid="true"]',
    )
    const element = invalid ?? lastFocused.current

    if (
      !isPending &&
      element?.isConnected &&
      (document.activeElement === document.body || !document.activeElement)
    ) {
      element.focus()
    }
  }, [formRef, isPending])
}
