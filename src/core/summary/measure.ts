import type { CellStyle } from './styles';

/*
 * Glyph widths in tenths of a digit ("0", Excel's width unit), ASCII space to "~". Each is the
 * wider of Calibri (Excel's default) and DejaVu Sans (what LibreOffice substitutes when Calibri
 * is missing), rounded up, so an estimate errs towards a taller row, never a clipped one.
 * Capitals are wider than a digit (a title in capitals wraps sooner than running text).
 */
const ASCII = [
  5, 7, 8, 13, 10, 15, 14, 5, 7, 7, 10, 13, 5, 6, 5, 8, // space ! " # $ % & ' ( ) * + , - . /
  10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 6, 6, 13, 13, 13, 10, // 0-9 : ; < = > ?
  18, 12, 11, 11, 13, 10, 10, 13, 13, 5, 7, 11, 9, 17, 13, 14, // @ A-O
  11, 14, 11, 10, 10, 13, 12, 18, 11, 10, 11, 7, 8, 7, 13, 10, // P-Z [ \ ] ^ _
  8, 10, 11, 9, 11, 10, 6, 10, 11, 5, 5, 10, 5, 16, 11, 11, // ` a-o
  11, 11, 7, 9, 7, 11, 10, 15, 10, 10, 9, 10, 6, 10, 13, // p-z { | } ~
];

/** Bold glyphs are wider than regular ones, while Excel's column unit stays the regular digit. */
const BOLD = 1.1;
/** Excel's default font size, the size the width unit is measured in. */
const BASE_SIZE = 11;
/** The cell's inner padding, in digits, that text never runs into. */
const PADDING = 0.25;

/** East Asian wide characters take about two digits. */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60);
}

/** A character's width in digits. */
function glyph(code: number): number {
  if (code >= 32 && code <= 126) return (ASCII[code - 32] ?? 10) / 10;
  if (code === 0x2018 || code === 0x2019) return 0.5;
  return isWide(code) ? 2 : 1;
}

/** What `\s` matches in a JavaScript pattern, so words break where they do with split(/\s+/). */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * How much wider than Excel's default text a cell style's text runs: its size over 11 points,
 * and wider again when bold.
 * @example fontScale({ bold: true }) // 1.1
 * @example fontScale({ size: 22 }) // 2
 */
export function fontScale(style: CellStyle | undefined): number {
  return ((style?.size ?? BASE_SIZE) / BASE_SIZE) * (style?.bold ? BOLD : 1);
}

const NEWLINE = 10;

/**
 * Lines a text takes when Excel wraps it at word boundaries in a cell this many characters
 * (digit widths) wide, measuring each glyph rather than counting characters, so capitals and
 * bold text (`scale`, see fontScale) wrap sooner than lower-case running text. A word longer
 * than a line is broken.
 * @example measuredLines('PORTFOLIO 2 – SHARED CARE RECORD & INTEROPERABILITY', 20, 1.1) // 4
 * @example measuredLines('Cyber security', 20) // 1
 */
export function measuredLines(text: string, width: number, scale = 1): number {
  const room = Math.max(1, width - PADDING);
  const space = glyph(32) * scale;
  let lines = 1;
  let used = 0;
  let word = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== NEWLINE && !isSpace(code)) {
      word += glyph(code) * scale;
      continue;
    }
    if (word > 0) {
      const need = used === 0 ? word : used + space + word;
      if (need <= room) used = need;
      else {
        // A word wider than a line runs on over whole lines; what is left starts the last one.
        const whole = Math.ceil(word / room) - 1;
        lines += (used === 0 ? 0 : 1) + whole;
        used = word - whole * room;
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
