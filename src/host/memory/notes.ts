import { a1, columnIndex } from '../../core/cells';
import { HostCollection, HostObject, NO_SUCH_PROPERTY } from './client';
import { guardWritable } from './context';
import { hostError } from './errors';
import type { MemoryNote, MemorySheet } from './model';

interface NoteTarget {
  sheet: MemorySheet;
  note: MemoryNote;
}

function cellOf(address: string): { row: number; col: number } | null {
  const m = /^(?:.*!)?\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  const col = m ? columnIndex((m[1] ?? '').toUpperCase()) : null;
  return m && col !== null ? { row: Number(m[2]) - 1, col } : null;
}

function ordered(notes: MemoryNote[]): MemoryNote[] {
  return [...notes].sort((a, b) => a.row - b.row || a.col - b.col);
}

function touch(sheet: MemorySheet, note: MemoryNote): void {
  sheet.changes.notes.add(`${note.row},${note.col}`);
}

/** Excel.Note (ExcelApi 1.18): a cell note's text. */
export class HostNote extends HostObject<NoteTarget> {
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this.context._queue(this, 'content', v, (t) => {
      guardWritable(t.sheet, 'Note.content');
      t.note.content = v;
      touch(t.sheet, t.note);
    }, 'other', '1.18');
  }
  _scalar(name: string, t: NoteTarget): unknown {
    if (name === 'content') return t.note.content;
    if (name === 'address') return a1(t.note.col, t.note.row + 1);
    return NO_SUCH_PROPERTY;
  }
  override _scalarNames(): readonly string[] {
    return ['content'];
  }
}

function bindNote(collection: HostNoteCollection, find: (sheet: MemorySheet) => MemoryNote | null, label: string): HostNote {
  return new HostNote(collection.context, `#${collection._id}${label}`, () => {
    const sheet = collection._resolve();
    if (sheet === null) return null;
    const note = find(sheet);
    return note === null ? null : { sheet, note };
  }, '1.18');
}

/** Excel.NoteCollection of a worksheet (ExcelApi 1.18), in cell order. */
export class HostNoteCollection extends HostCollection<MemorySheet, MemoryNote, HostNote> {
  _members(sheet: MemorySheet): MemoryNote[] {
    return ordered(sheet.notes);
  }
  _item(member: MemoryNote, index: number): HostNote {
    return bindNote(this, (sheet) => (sheet.notes.includes(member) ? member : null), `[${index}]`);
  }
  getItemAt(index: number): HostNote {
    return bindNote(this, (sheet) => {
      const note = ordered(sheet.notes)[index];
      if (!note) throw hostError('InvalidArgument', `NoteCollection.getItemAt(${index})`);
      return note;
    }, `.at(${index})`);
  }
  add(cellAddress: string, content: string): HostNote {
    const cell = cellOf(cellAddress);
    this.context._queue(this, 'add', [cellAddress, content], (sheet) => {
      if (cell === null) throw hostError('InvalidArgument', `NoteCollection.add(${cellAddress})`);
      guardWritable(sheet, 'NoteCollection.add');
      if (sheet.notes.some((n) => n.row === cell.row && n.col === cell.col)) throw hostError('InvalidOperation', `NoteCollection.add(${cellAddress})`);
      const note = { ...cell, content };
      sheet.notes.push(note);
      touch(sheet, note);
    }, 'other', '1.18');
    return bindNote(this, (sheet) => sheet.notes.find((n) => cell !== null && n.row === cell.row && n.col === cell.col) ?? null, `.add(${cellAddress})`);
  }
}
