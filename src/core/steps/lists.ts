import type { LineMarker } from './bullets';
import { splitDateList } from './dateList';
import { collapseSpaces } from './markup';
import { carriesOn, joinWrapped } from './wraps';

/** How a line starts: a list marker, a step label ("NEW ACTION:"), or plain text. */
export type LineKind = LineMarker | 'label';

/** The entry a dash-only line leaves in its place (see placeholder). */
export const PLACEHOLDER = '-';

/**
 * The entries of a cell, line by line, and how each line starts, so that a list whose items
 * wrap onto further lines reads as one entry per item: "1. Agree SOP with\nclinical leads\n2.
 * Train staff" is two steps, not three. Typists press Alt+Enter to wrap a long item, and text
 * pasted from a PDF or an email keeps its line ends (seed 003: "a. Formal partnership
 * agreements or\narrangements.\n\nb. Agreed outcomes and ambitions."); the wrapped line has
 * no number or bullet of its own.
 * @example
 * const list = new ListLines(false);
 * list.add(['Agree SOP with'], 'number'); list.add('clinical leads', null); list.add(['Train staff'], 'number');
 * list.entries() // ['Agree SOP with clinical leads', 'Train staff']
 */
export class ListLines {
  private readonly pieces: string[] = [];
  /** Each line from the first marked one: where its entries start, how it starts, and whether a blank line came before it. */
  private lines: { starts: number[]; kinds: LineKind[]; gaps: boolean[]; soft: boolean[] } | null = null;
  private gap = false;
  private numbered = 0;
  private bulleted = 0;
  /** Whether a plain or bulleted line follows a marked one directly: without one, nothing carries on. */
  private mayCarry = false;
  private placeholders = 0;
  /** In a cell without markers, the entries that follow a blank line (see joinWrapped). */
  private afterBlank: number[] | null = null;

  /** @param mayListDates whether the cell has a comma, semicolon or slash, without which no line is a list of dates. */
  constructor(private readonly mayListDates: boolean) {}

  /** A blank line: the list item above ends there, so the next line never carries it on. */
  blank(): void {
    this.gap = true;
  }

  /**
   * A line that is only a dash: a step with nothing to report yet, kept as "-" so the entries
   * below stay beside their own steps ("Done\n-\nOn track" leaves the second step without a
   * status and gives the third "On track"). It ends the item above, as a blank line does. A
   * cell of nothing but dashes has no entries.
   */
  placeholder(): void {
    this.add(PLACEHOLDER, 'label');
    this.placeholders += 1;
    this.gap = true;
  }

  /**
   * A line's entries (or the line itself, as one), tidied: spaces collapsed, a line that is
   * only a list of dates split into its dates (splitDateList), empty entries dropped.
   */
  add(pieces: string | readonly string[], kind: LineKind, softEnd = false): void {
    const from = this.pieces.length;
    // Lines before the first marked one never carry an item on: most cells record nothing.
    if (kind !== null) this.lines ??= { starts: [], kinds: [], gaps: [], soft: [] };
    if (this.lines !== null) {
      if (kind !== 'number' && kind !== 'label' && !this.gap && this.lines.kinds.length > 0) this.mayCarry = true;
      this.lines.starts.push(from);
      this.lines.kinds.push(kind);
      this.lines.gaps.push(this.gap);
      this.lines.soft.push(softEnd);
    } else if (this.gap) (this.afterBlank ??= []).push(from);
    this.gap = false;
    if (typeof pieces === 'string') this.tidy(pieces);
    else for (const piece of pieces) this.tidy(piece);
    if (kind === 'number') this.numbered += this.pieces.length - from;
    else if (kind === 'bullet') this.bulleted += 1;
  }

  private tidy(piece: string): void {
    const entry = collapseSpaces(piece);
    if (entry === '') return;
    const dates = this.mayListDates ? splitDateList(entry) : null;
    if (dates === null) this.pieces.push(entry);
    else this.pieces.push(...dates);
  }

  /**
   * How the cell is laid out: 'headed' when one line stands alone above a list of two items or
   * more, as a heading does; 'plain' when no line has a marker, label or dash.
   */
  layout(): 'headed' | 'plain' | 'marked' {
    if (this.lines === null) return 'plain';
    return (this.numbered >= 2 || this.bulleted >= 2) && this.lines.starts[0] === 1 && this.afterBlank === null ? 'headed' : 'marked';
  }

  /**
   * The cell's entries. In a list (two numbered items or more, else two bulleted ones), a line
   * without a marker carries on the item above when it starts in lower case, the line above
   * ended in a space, the item stops mid-phrase, or a numbered item follows it (carriesOn); a
   * bulleted line under a numbered item is part of it. Lines before
   * the first item, after a blank line, or starting with a step label or a labelled remark
   * ("RAG: Amber") are entries of their own.
   */
  entries(): string[] {
    const list = this.numbered >= 2 ? 'number' : this.bulleted >= 2 ? 'bullet' : null;
    // Only a cell with no marker, label or dash at all is read for wrapped lines (joinWrapped).
    if (this.lines === null) return this.pieces.length > 1 ? joinWrapped(this.pieces, this.afterBlank ?? []) : this.pieces;
    const out = this.items(list);
    if (this.placeholders === 0) return out;
    // Numbers already place a list's items, so a dash between them only spaces them out. A
    // dash last still holds its place: "Complete\n-" is two statuses, not one for every step.
    return list === 'number' || this.placeholders === out.length ? out.filter((entry) => entry !== PLACEHOLDER) : out;
  }

  private items(list: 'number' | 'bullet' | null): string[] {
    const lines = this.lines;
    if (lines === null || !this.mayCarry) return this.pieces;
    const { starts, kinds, gaps, soft } = lines;
    const out = this.pieces.slice(0, starts[0]);
    // Numbers place a list's items: a line with a numbered item below it, and no gap between, is no item of its own.
    const numberBelow: boolean[] = [];
    for (let line = kinds.length - 2; line >= 0 && list === 'number'; line -= 1) {
      const next = kinds[line + 1];
      numberBelow[line] = !gaps[line + 1] && (next === 'number' || (next === null && numberBelow[line + 1] === true));
    }
    let open = false;
    for (let line = 0; line < kinds.length; line += 1) {
      const kind = kinds[line] ?? null;
      const pieces = this.pieces.slice(starts[line], starts[line + 1] ?? this.pieces.length);
      const first = pieces[0];
      const above = out[out.length - 1];
      const carries: boolean = open && !gaps[line] && above !== undefined && first !== undefined && carriesOn(list, kind, first, above, { softEnd: soft[line - 1] === true, numberBelow: numberBelow[line] === true });
      if (carries) out[out.length - 1] = `${above ?? ''}${kind === null ? ' ' : '; '}${pieces.join('; ')}`;
      else out.push(...pieces);
      open = carries || kind === list || kind === 'label' || list === null;
    }
    return out;
  }
}
