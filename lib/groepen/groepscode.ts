import { randomInt } from 'node:crypto'

// A groepscode is what a student types to join a group, often read off a
// projector or a paper, so it leaves out characters that look alike: 0 and O,
// 1 and I (and lower-case l, as codes are upper-case).
export const GROEPSCODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

// 32 symbols give 5 bits each: 40 bits for 8 characters.
export const GROEPSCODE_LENGTH = 8

const GROEPSCODE_PATTERN = new RegExp(
  `^[${GROEPSCODE_ALPHABET}]{${GROEPSCODE_LENGTH}}$`,
)

// Spaces and hyphens, including the dashes Word and Outlook type for "-".
const SEPARATORS = /[\s\-\u2010-\u2015]/g

export function generateGroepscode() {
  let code = ''

  for (let index = 0; index < GROEPSCODE_LENGTH; index += 1) {
    code += GROEPSCODE_ALPHABET[randomInt(GROEPSCODE_ALPHABET.length)]
  }

  return code
}

// "dmx7 k4pq" and "DMX7-K4PQ" both become "DMX7K4PQ".
export function normalizeGroepscode(input: string) {
  return input.replace(SEPARATORS, '').toUpperCase()
}

// Checks an already normalized code, so compare after normalizeGroepscode.
export function isValidGroepscodeFormat(code: string) {
  return GROEPSCODE_PATTERN.test(code)
}
