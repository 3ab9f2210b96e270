import type { CellValue, SheetGrid } from '../../../src/core/types';

/*
 * Generated trackers shaped like the engine benchmark's (bench/tracker.js, after seed 004): one
 * to four next steps a row, a time frame per step or one for all, no status, one or one per
 * step, a fifth of the cells pasted as <p> paragraphs, and now and then a continuation row.
 * A fixed-seed PRNG makes every run read the same sheet.
 */

const HEADER = ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'];

const RECOMMENDATIONS = [
  'Consider options for THT board critical friends / accountability mechanisms',
  'Recruitment of the successor to the lay member',
  "Setting consistent expectations of engagement across THT's projects.",
  'Share Local Delivery Board and workstream reports with the THT engagement manager',
];

const LEADS = ['THT Chair & Engagement Manager', 'Engagement Manager', 'THT Programme Manager - via engagement leads'];

const NEXT_STEPS = [
  'Draft public comms on the purpose and aim of THT',
  'Review of other models and options (e.g. Foundation Trust governing bodies)',
  'Draft and circulate Job Description',
  'Interviews',
  '<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023',
  'Decide actions &amp; timescales once Incoming community / resident member appointed',
  '<b>Revised Action:</b> Public Engagement on setting THT priorities starts February runs to mid of March',
  'Report to THT Board',
];

const TIME_FRAMES = ['End of Nov 22', 'Feb Board 23', 'End Oct 2022', 'Mid Nov', '5/1/23', 'TBC', 'New time frame to be developed', '<b>End of Dec</b>', 'Q4 2023/24', 'Mid-Dec'];

const STATUSES = [
  'Completed',
  'On track',
  'Done (End of Nov)',
  '<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions',
  '<b>Update:</b> THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23',
];

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A tracker of `actions` rows after a title and the header (row 3), as the benchmark makes them.
 * @example generatedTracker(100).rows.length // about 105: title, blank, header, actions, continuations
 */
export function generatedTracker(actions: number, seed = 4): SheetGrid {
  const random = prng(seed);
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const cell = (entries: string[]): string | null => {
    if (entries.length === 0) return null;
    return random() < 0.2 ? entries.map((e) => `<p>${e}</p>`).join(' ') : entries.join('\n');
  };
  const rows: CellValue[][] = [['THT Engagement Lead Group Action Plan - 3 November update'], [], HEADER];
  for (let i = 1; i <= actions; i++) {
    const count = 1 + Math.floor(random() * random() * 4);
    const steps = Array.from({ length: count }, () => pick(NEXT_STEPS));
    const frames = Array.from({ length: random() < 0.75 ? count : 1 }, () => pick(TIME_FRAMES));
    const roll = random();
    const statuses = Array.from({ length: roll < 0.3 ? 0 : roll < 0.7 ? 1 : count }, () => pick(STATUSES));
    rows.push([String(i), pick(RECOMMENDATIONS), pick(LEADS), cell(steps), cell(frames), cell(statuses)]);
    if (random() < 0.05) rows.push([null, 'information on how people will be engaged', 'Engagement Manager)', 'Engagement Manager to advise Lifecourse workstream leads on engagement if required', 'On-going following board decision', null]);
  }
  return { name: 'Action Plan', rows, merges: [], tables: [], hidden: false, protected: false };
}
