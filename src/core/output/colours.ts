import type { Focus, Rating } from '../types';

/*
 * The palette of the colour rules, as data. Fills are the standard Excel colours a board
 * paper uses; each text colour was chosen for at least 4.5:1 contrast (WCAG AA) against
 * its fill (the test recomputes it), because the word in the cell must stay readable.
 */

/**
 * A fill and text colour with their meaning in words.
 * @example RATING_SWATCHES.amber.colourName // 'amber'
 */
export interface Swatch {
  /** Fill, hex RRGGBB. */
  fill: string;
  /** Text colour, hex RRGGBB; null leaves the cell's own text colour (black by default). */
  font: string | null;
  /** The fill in words, for the legend. */
  colourName: string;
  /** What the colour means, for the legend. */
  meaning: string;
}

/**
 * Fill and text colour per rating in the RAG column.
 * @example RATING_SWATCHES.red.fill // 'C00000'
 */
export const RATING_SWATCHES: Readonly<Record<Rating, Swatch>> = {
  complete: { fill: '0070C0', font: 'FFFFFF', colourName: 'blue', meaning: 'every step done' },
  green: { fill: '00B050', font: '000000', colourName: 'green', meaning: 'on track' },
  amber: { fill: 'FFC000', font: '000000', colourName: 'amber', meaning: 'at risk, re-dated or due soon without an update' },
  red: { fill: 'C00000', font: 'FFFFFF', colourName: 'red', meaning: 'overdue or off track' },
  not_rated: { fill: 'D9D9D9', font: '000000', colourName: 'grey', meaning: 'no usable date' },
};

/**
 * Light row tints per meeting focus, after the colour key of the source action plans.
 * They leave the text colour alone so the user's own font colours still show.
 * @example FOCUS_TINTS.update_due.fill // 'FFF2CC'
 */
export const FOCUS_TINTS: Readonly<Record<Focus, Swatch>> = {
  update_due: { fill: 'FFF2CC', font: null, colourName: 'light yellow', meaning: 'update due at the next meeting' },
  complete: { fill: 'DDEBF7', font: null, colourName: 'light blue', meaning: 'action complete' },
  next_step: { fill: 'E2EFDA', font: null, colourName: 'light green', meaning: 'next step, due after the next meeting' },
};

/**
 * The rating order of the rules and the legend: finished first, then best to worst.
 * @example RATING_ORDER[0] // 'complete'
 */
export const RATING_ORDER: readonly Rating[] = ['complete', 'green', 'amber', 'red', 'not_rated'];

/**
 * The focus order of the rules and the legend: what needs discussing first.
 * @example FOCUS_ORDER[0] // 'update_due'
 */
export const FOCUS_ORDER: readonly Focus[] = ['update_due', 'complete', 'next_step'];
