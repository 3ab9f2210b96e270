import { NEW_ACTION_WORDS, REVISED_ACTION_WORDS } from '../vocabulary/steps';
import { splitMarkers } from './bullets';
import { collapseSpaces, markupToLines } from './markup';

/** Excel's Alt+Enter, Windows and old Mac line ends, and the Unicode line separators. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029\u0085\v\f]/;
/** The line breaks other than Alt+Enter's: text without them splits at "\n" alone, without a pattern. */
const OTHER_BREAK = /[\r\u2028\u2029\u0085\v\f]/;

/**
 * A step label in the middle of a line starts a new entry: seed 004 row 3 reads
 * "…items consider at the THT board. NEW ACTION: Discuss with THCVS… NEW ACTION: Discuss with
 * Healthwatch…" once its line breaks are lost. Only these labels do this; "Update:" can sit
 * mid-sentence ("Progress update: on track") and so never splits.
 */
const MID_LINE_LABEL = new RegExp(
  `\\s+(?=(?:${[...NEW_ACTION_WORDS, ...REVISED_ACTION_WORDS].join('|')})\\s+actions?\\s*:)`,
  'i',
);

/*
 * Most cells are one plain line ("On track"); they skip the splitting machinery. A cell
 * takes the full path when it has a line break, markup, a strong bullet or a step label
 * anywhere, or starts with something that may be a bullet or a number.
 */
const NEEDS_WORK = /[\n\r\u2028\u2029\u0085\v\f<&•▪◦●■‣⁃➢►▸]|actions?\s*:/i;
const MAY_START_WITH_MARKER = /^\s*(?:[-–—*·(]|o\s|[0-9a-z]{1,4}[.)])/;

/**
 * Once markup is gone, lines split further only at a strong bullet or a step label; in text
 * with neither, a line that cannot start with a marker is one entry as it stands.
 */
const SPLITS_INSIDE_LINES = /[•▪◦●■‣⁃➢►▸]|actions?\s*:/i;

/**
 * Splits a cell into its entries: line breaks, bullets and numbered items at the start of a
 * line or entry, strong bullets (• ▪ ◦) anywhere, and pasted `<p>`, `<li>` and `<br>`
 * fragments; other tags are dropped keeping their text and entities are decoded. Entries are
 * trimmed with inner whitespace collapsed, and empty ones are dropped. A hyphen inside a line
 * never splits it.
 * @example splitEntries('<p>Completed</p> <p>On track</p>') // ['Completed', 'On track']
 * @example splitEntries('Mid Nov\n- End of Dec') // ['Mid Nov', 'End of Dec']
 * @example splitEntries('Late Feb to Late March - dependant on workshop format') // one entry
 */
export function splitEntries(text: string): string[] {
  if (!NEEDS_WORK.test(text) && !MAY_START_WITH_MARKER.test(text)) {
    const single = collapseSpaces(text);
    return single === '' ? [] : [single];
  }
  const entries: string[] = [];
  const lines = markupToLines(text);
  const plainLines = !SPLITS_INSIDE_LINES.test(lines);
  for (const line of OTHER_BREAK.test(lines) ? lines.split(LINE_BREAK) : lines.split('\n')) {
    if (line.trim() === '') continue;
    if (plainLines && !MAY_START_WITH_MARKER.test(line)) {
      const entry = collapseSpaces(line);
      if (entry !== '') entries.push(entry);
      continue;
    }
    for (const labelled of line.split(MID_LINE_LABEL)) {
      for (const piece of splitMarkers(labelled)) {
        const entry = collapseSpaces(piece);
        if (entry !== '') entries.push(entry);
      }
    }
  }
  return entries;
}
