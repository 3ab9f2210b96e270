import { NEW_ACTION_WORDS, REVISED_ACTION_WORDS } from '../vocabulary/steps';
import { splitMarkers, STRONG_BULLET_CHARS, WEAK_BULLET_CHARS } from './bullets';
import { splitDateList } from './dateList';
import { splitDatedLog } from './datedLog';
import { splitLabelledDates, splitLabelledEntries } from './labelledDates';
import { ListLines } from './lists';
import { numberedWithFigures, STEP_NUMBER_WORDS_PATTERN } from './numbering';
import { collapseSpaces, markupToLines, withoutInvisibles } from './markup';
import { withoutLeadIns } from './leadIns';
import { opensWithDate } from './updateLog';

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
const STEP_LABEL = `(?:${[...NEW_ACTION_WORDS, ...REVISED_ACTION_WORDS].join('|')})\\s+actions?\\s*:`;
const MID_LINE_LABEL = new RegExp(`\\s+(?=${STEP_LABEL})`, 'i');


/** A line that starts with a step label is a step of its own, even inside a numbered list. */
const STARTS_WITH_LABEL = new RegExp(`^\\s*${STEP_LABEL}`, 'i');

/*
 * Most cells are one plain line ("On track"); they skip the splitting machinery. A cell
 * takes the full path when it has a line break, markup, an escaped line break ("_x000D_"), a
 * strong bullet or a step label anywhere, or starts with something that may be a bullet or a number.
 */
const NEEDS_WORK = new RegExp(`[\\n\\r\\u2028\\u2029\\u0085\\v\\f<&${STRONG_BULLET_CHARS}]|actions?\\s*:|_x00`, 'i');
const MAY_START_WITH_MARKER = new RegExp(
  `^\\s*(?:[${WEAK_BULLET_CHARS}(]|o\\s|[0-9a-z]{1,4}[.)]|[A-Z]\\)|\\d{1,2}(?::|\\s+[-–—]\\s)|(?:${STEP_NUMBER_WORDS_PATTERN})\\s*\\d)`,
);

/**
 * Once markup is gone, lines split further only at a strong bullet or a step label; in text
 * with neither, a line that cannot start with a marker is one entry as it stands. Only text
 * with a label pays for looking for one on every line.
 */
const SPLITS_INSIDE_LINES = new RegExp(`[${STRONG_BULLET_CHARS}]|actions?\\s*:`, 'i');
const LABEL = /actions?\s*:/i;

/** A line that ends in a space was wrapped where it stood, not ended (see ListLines). */
const SOFT_END = /[ \t\u00a0]$/;

/** An indented line: typed under the item above it, so numbering of another kind there is a sub-item. */
const INDENTED = /^[ \t\u00a0]/;

/** A line that is only dashes stands in for an entry (ListLines.placeholder). */
const DASH_ONLY = /^\s*[-–—]+\s*$/;

/** Only a cell with one of these can hold a list of dates ("Q1 / Q2 / Q3"). */
const MAY_LIST_DATES = /[,;/|]/;

/**
 * Splits a cell into its entries: line breaks, bullets and numbered items at the start of a
 * line or entry, strong bullets (• ▪ ◦) anywhere, and pasted `<p>`, `<li>` and `<br>`
 * fragments, a nested list's items being part of the item they sit in (untagList); other tags
 * are dropped keeping their text, entities are decoded and zero-width characters go. In a numbered
 * or bulleted list, a line without a number or bullet carries on the item above (a long item
 * wrapped with Alt+Enter, or pasted from a PDF; see ListLines), as does a line under one that
 * cannot end a phrase in a cell without markers (joinWrapped), and a line that is only a list
 * of dates ("Q1 / Q2 / Q3") is one entry per date. A line that is only a dash keeps its step's
 * place as "-". Lead-ins, headings and a rating alone above its narrative open no entry of their
 * own (withoutLeadIns). A cell of plain lines that opens with a date is a log of updates, and a
 * line of it holding several, each opening with a date after a sentence's end ("Oct 24: done.
 * Sep 24: delayed"), is one entry per update (splitDatedLog). Entries are trimmed with inner
 * whitespace collapsed, and empty ones are dropped. A hyphen inside a line never splits it.
 * @example splitEntries('<p>Completed</p> <p>On track</p>') // ['Completed', 'On track']
 * @example splitEntries('Mid Nov\n- End of Dec') // ['Mid Nov', 'End of Dec']
 * @example splitEntries('1. Agree SOP with\nclinical leads\n2. Train staff') // ['Agree SOP with clinical leads', 'Train staff']
 * @example splitEntries('Dec 23, Jan 24, Mar 24') // ['Dec 23', 'Jan 24', 'Mar 24']
 * @example splitEntries('Guideline – Feb 25; Audit – May 25') // ['Guideline – Feb 25', 'Audit – May 25']
 * @example splitEntries('Late Feb to Late March - dependant on workshop format') // one entry
 * @example splitEntries('Oct 24: Complete. Sep 24: delayed') // ['Oct 24: Complete.', 'Sep 24: delayed']
 */
export function splitEntries(cell: string): string[] {
  const text = withoutInvisibles(cell);
  if (!NEEDS_WORK.test(text) && !MAY_START_WITH_MARKER.test(text)) {
    const single = collapseSpaces(text);
    return single === '' ? [] : (splitDateList(single) ?? splitLabelledDates(single) ?? splitDatedLog(single) ?? [single]);
  }
  const lines = markupToLines(text);
  const list = new ListLines(MAY_LIST_DATES.test(lines));
  const plainLines = !SPLITS_INSIDE_LINES.test(lines);
  const labels = !plainLines && LABEL.test(lines);
  let firstNumbered: string | null = null;
  for (const line of OTHER_BREAK.test(lines) ? lines.split(LINE_BREAK) : lines.split('\n')) {
    if (line.trim() === '') list.blank();
    else if (plainLines && !MAY_START_WITH_MARKER.test(line)) list.add(line, null, SOFT_END.test(line));
    else if (DASH_ONLY.test(line)) list.placeholder();
    else {
      const labelled = labels ? line.split(MID_LINE_LABEL) : [line];
      for (let i = 0; i < labelled.length; i += 1) {
        const segment = labelled[i] ?? '';
        const pieces: string[] = [];
        let marker = splitMarkers(segment, pieces);
        // "  a) draft" indented under "1. Agree ToR" is part of that step, as a bullet under it is.
        if (marker === 'number' && firstNumbered === null) firstNumbered = segment;
        else if (marker === 'number' && INDENTED.test(segment) && numberedWithFigures(segment) !== numberedWithFigures(firstNumbered ?? '')) marker = 'bullet';
        list.add(pieces, labels && (i > 0 || STARTS_WITH_LABEL.test(segment)) ? 'label' : marker, SOFT_END.test(segment));
      }
    }
  }
  const layout = list.layout();
  const entries = list.entries();
  // A dated log typed as a paragraph splits at its dates, as one with a line an update does; a
  // marked list's item stays whole, as it holds one step's place.
  const logged = layout === 'plain' && opensWithDate(entries[0] ?? '') ? entries.flatMap((entry) => splitDatedLog(entry) ?? [entry]) : entries;
  // "Phase 1: Dec 24 / Phase 2: Mar 25" opens like a numbered item; as a plain line it is two entries.
  const labelled = layout === 'plain' ? splitLabelledEntries(logged) : logged;
  return withoutLeadIns(labelled, layout);
}
