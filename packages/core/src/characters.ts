/** Character tests on UTF-16 codes, for hot paths that avoid a regex per word. */

/** Whether a UTF-16 code is an ASCII capital (`A`–`Z`). */
export function isCapital(code: number): boolean {
  return code >= 65 && code <= 90
}

/** How many `!` and `?` a string has. */
export function markCount(text: string): number {
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 33 || code === 63) count++
  }
  return count
}
