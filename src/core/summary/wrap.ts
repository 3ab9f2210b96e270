/**
 * Lines a text takes when wrapped at word boundaries in a column this many characters wide.
 * Excel's width unit is one "0"; running text averages a little narrower (`density` 1.1),
 * bold headers a little wider (0.9). A word longer than a line is broken.
 * @example wrappedLines('a'.repeat(50), 20) // 3
 * @example wrappedLines('Not rated', 8, 0.9) // 2
 */
export function wrappedLines(text: string, width: number, density = 1.1): number {
  const perLine = Math.max(1, Math.floor(width * density));
  // Words and the single spaces between them never take more room than the text itself.
  if (text.length <= perLine && !text.includes('\n')) return 1;
  // One scan, no split arrays: this runs for every cell of every summary row.
  let lines = 1;
  let used = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== NEWLINE && !isSpace(code)) {
      word += 1;
      continue;
    }
    if (word > 0) {
      const need = used === 0 ? word : used + 1 + word;
      if (need <= perLine) used = need;
      else {
        lines += used === 0 ? 0 : 1;
        lines += Math.ceil(word / perLine) - 1;
        used = word % perLine || perLine;
      }
      word = 0;
    }
    if (code === NEWLINE && i < text.length) {
      lines += 1;
      used = 0;
    }
  }
  return lines;
}

const NEWLINE = 10;

/** What `\s` matches in a JavaScript pattern, so words break where they did with split(/\s+/). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
