'use client'

import { useEffect, useRef, type RefObject } from 'react'

// A form disables its fieldset while it saves, which drops the keyboard
// focus to the page. Afterwards this puts it back on the control that had
// it (when that control is still there and nothing else took the focus).
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
    const element = lastFocused.current

    if (
      !isPending &&
      element?.isConnected &&
      (document.activeElement === document.body || !document.activeElement)
    ) {
      element.focus()
    }
  }, [isPending])
}
