/**
 * A workbook this patcher does not handle (an unusual package layout): the caller writes it
 * the slower way instead, through ExcelJS's full model.
 */
export class PatchUnsupportedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PatchUnsupportedError';
  }
}
