import type ExcelJS from 'exceljs';

/**
 * Shapes of the seed text held as data. The samples are built from the seeds' own words,
 * so these types only arrange text into cells; they never reword it.
 */

/** A cell's entries, one per line of the cell. An empty list is a blank cell. */
export type Lines = readonly string[];

/** One row of seed 004's action plan; `ref` is null on rows a PDF page break split off. */
export interface Seed004Row {
  ref: number | null;
  recommendation: Lines;
  lead: Lines;
  nextSteps: Lines;
  timeFrame: Lines;
  status: Lines;
}

/** One ambition of seed 003's Table One; progress and confidence are fractions (1 = 100%). */
export interface AmbitionRow {
  objective: string;
  ambition: string;
  progress: number;
  confidence: number;
  strategy: string;
}

/**
 * One condition (a–d) of an ambition in seed 003's annexes. `progress` holds the annex's
 * Successes, Challenges and Focus items about it, in that order, each verbatim.
 */
export interface ConditionRow {
  /** Number of the ambition in Table One (1–12). */
  ambition: number;
  ref: string;
  condition: string;
  progress: readonly string[];
}

/** A workbook the build writes: its file name and how to fill it. */
export interface SampleWorkbook {
  fileName: string;
  fill: (workbook: ExcelJS.Workbook) => void;
}
