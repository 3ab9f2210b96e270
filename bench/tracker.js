'use strict';
// Generates realistic action trackers for the benchmarks: the columns and wording of seed 004
// (the Tower Hamlets Together ELG action plan, "3 November update"), with multi-line cells of
// one to four next steps, each with its own time frame and status, as boards write them.
// A fixed-seed PRNG makes every run read exactly the same sheet.

/** The as-of date of seed 004's update. */
const AS_OF = '2022-11-03';

const HEADER = ['#', 'Recommendation', 'Lead', 'Next steps', 'Time frame', 'Is the action on track/update'];

const RECOMMENDATIONS = [
  'Consider options for THT board critical friends / accountability mechanisms',
  'Recruitment of the successor to the lay member',
  'THT Programme Team to work closely with the relevant board member, and with the engagement leads group to align engagement section with core board business',
  "Include a formal 'you said / we did' report which is included in the board minutes and published externally and in the Chair's monthly newsletter.",
  "Setting consistent expectations of engagement across THT's projects.",
  'The Board identifies an opportunity to pilot some anti-racist commissioning, which could be an opportunity to do engagement in a different way on a particular area of focus.',
  'The relevant board member / Chair of the board writes an annual impact report summarising the engagement work done by THT, and the impact it has had on services and priorities within the borough.',
  'The Board uses the QI health inequalities projects as an exemplar of engagement work, and formally asks the THT engagement leads to support this project.',
  'The Board works with the Engagement Leads Group to involve Tower Hamlets residents in determining the 2023-24 THT priorities',
  'The Engagement Leads work more closely with the Primary Care Networks as a way to engage local residents at a local / small enough scale to effect change',
  'Co-production Task and Finish Group report to the Board on completion of this review.',
  'Develop and use validated measures of iStatements',
  'Share Local Delivery Board and workstream reports with the THT engagement manager',
  'Share an overview of workplans for the year with the engagement leads group, and identify when key points for engagement will be.',
];

const LEADS = [
  'THT Chair & Engagement Manager',
  'THT Chair & Joint Director of Integrated Commissioning  + all',
  'THT Programme Manager /THT Engagement Manager',
  'Incoming community / resident board member',
  'Engagement Manager',
  'THT Programme Manager - via engagement leads',
  'THT Programme Manager and life course workstream leads',
  'Incoming community / resident board member and engagement leads',
  'THT Programme Manager',
];

const NEXT_STEPS = [
  'Draft public comms on the purpose and aim of THT',
  'Review of other models and options (e.g. Foundation Trust governing bodies)',
  'Engagement Manager to identify forums to discuss THT accountability and transparency',
  'Develop options paper for THT Board',
  'Draft and circulate Job Description',
  'Review and design recruitment process',
  'Open recruitment and share through local networks and contacts',
  'Interviews',
  '<b>NEW ACTION:</b> Discuss with THCVS on programme of presentations from the Equalities Hub',
  '<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023',
  'Establish once above action completed',
  'Review THT project planning criteria to include engagement plan and agree with Lifecourse workstream leads',
  'Revised THT project planning criteria agreed by THT',
  'Engagement Manager to advise Lifecourse workstream leads on engagement if required',
  'Draft report structure to share with Lifecourse Workstreams',
  'Feedback from Lifecourse Workstream for report',
  'Publish report with THT Annual Report',
  '<b>Revised Action:</b> Public Engagement on setting THT priorities starts February runs to mid of March',
  'Engagement Lead Group report on THT priority setting public engagement to Board',
  'Decide actions &amp; timescales once Incoming community / resident member appointed',
  '<b>Agree format of workshop</b>',
  'Promote and hold Coproduction Review Workshops',
  'Report to THT Board',
  'Relevant board member & EM receive reports',
  'Action to be confirmed',
];

const TIME_FRAMES = [
  'End of Nov 22', 'End of Dec 22', 'Feb Board 23', 'End Oct 2022', 'Mid Nov', 'Complete by mid Dec', '5/1/23',
  'End of Nov', 'End of Jan 23', 'March 23 Board', 'On-going following board decision', 'THT Board March 23',
  'Mid February', 'End of April', 'TBC', 'New time frame to be developed', 'January ELG meeting', 'Mid-March',
  'Through mid-March to end of March', 'End of March for April Board', '<b>End of Dec</b>', '2 Dec', 'By Mid Jan',
  'Late Feb to Late March - dependant on workshop format', 'May meeting– dependant on workshop timing',
  'Feb Engagement Leads Group meeting', 'Mid-Dec', 'Jan Engagement Leads Group', 'Q4 2023/24',
];

const STATUSES = [
  'Completed', 'On track', 'Done', 'Done (End of Nov)',
  '<b>Update:</b> Deadlines adjusted to reflect more realistic delivery of actions',
  '<b>Update:</b> THCVS BAME Leadership - Disparities Project meeting delayed to Jan 23',
  '<b>Update:</b> Currently running existing process. Propose this is reviewed once new Community Voice lead in post. THT Board Jan: Spotlight TBC',
  '<b>Update:</b> Pick up with Improvement Advisor and new Programme Manager',
];

/** mulberry32: a small, fast, deterministic PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cellOf(entries, random) {
  if (entries.length === 0) return null;
  // Most boards type Alt+Enter; a fifth of the cells arrive as pasted <p> paragraphs.
  return random() < 0.2 ? entries.map((e) => `<p>${e}</p>`).join(' ') : entries.join('\n');
}

/**
 * One action row: 1–4 next steps; a time frame per step or one for all; no status, one
 * status, or one per step.
 */
function actionRow(ref, random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const count = 1 + Math.floor(random() * random() * 4);
  const steps = Array.from({ length: count }, () => pick(NEXT_STEPS));
  const frames = Array.from({ length: random() < 0.75 ? count : 1 }, () => pick(TIME_FRAMES));
  const roll = random();
  const statusCount = roll < 0.3 ? 0 : roll < 0.7 ? 1 : count;
  const statuses = Array.from({ length: statusCount }, () => pick(STATUSES));
  return [String(ref), pick(RECOMMENDATIONS), pick(LEADS), cellOf(steps, random), cellOf(frames, random), cellOf(statuses, random)];
}

/**
 * A sheet grid (the engine's input) with a title, the seed's header row and `rows` actions;
 * about one action in twenty runs on into a continuation row, as after a PDF page break.
 */
function generateTracker(rows, seed = 4) {
  const random = prng(seed);
  const grid = [['THT Engagement Lead Group Action Plan - 3 November update'], [], HEADER];
  for (let i = 1; i <= rows; i++) {
    grid.push(actionRow(i, random));
    if (random() < 0.05) grid.push([null, 'information on how people will be engaged', 'Engagement Manager)', 'Engagement Manager to advise Lifecourse workstream leads on engagement if required', 'On-going following board decision', null]);
  }
  return { name: 'Action Plan', rows: grid, merges: [], tables: [], hidden: false, protected: false };
}

/**
 * The time-frame entries of a generated tracker, in sheet order, as a person reads them:
 * one phrase per line, tags dropped. Chrono-node is given these one by one.
 */
function timeFramePhrases(grid, count) {
  const out = [];
  for (let r = 3; r < grid.rows.length && out.length < count; r++) {
    const cell = grid.rows[r][4];
    if (typeof cell !== 'string') continue;
    for (const line of cell.replace(/<\/?p>/g, '\n').split('\n')) {
      const phrase = line.replace(/<\/?b>/g, '').trim();
      if (phrase !== '') out.push(phrase);
    }
  }
  return out.slice(0, count);
}

module.exports = { AS_OF, generateTracker, timeFramePhrases };
