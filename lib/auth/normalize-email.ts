// One account per address, whatever case or spaces were typed.
export function normalizeEmail(email: string) {
  return email.trim().toLowerCase()
}
