// The file of an upload form (field `bestand`), checked for presence and
// size before anything reads it.
export async function readUploadedFile(
  formData: FormData,
  { maxBytes }: { maxBytes: number },
): Promise<
  { ok: true; bytes: Uint8Array; name: string } | { ok: false; message: string }
> {
  const file = formData.get('bestand')

  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, message: 'Kies eerst een bestand.' }
  }
  if (file.size > maxBytes) {
    const megabytes = Math.round(maxBytes / (1024 * 1024))

    return {
      ok: false,
      message: `Dit bestand is groter dan ${megabytes} MB. Splits het in kleinere bestanden.`,
    }
  }

  return {
    ok: true,
    bytes: new Uint8Array(await file.arrayBuffer()),
    name: file.name,
  }
}
