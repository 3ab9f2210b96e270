import { table } from './table';

/* Status wording beyond phrasing.test.ts: ratings with narrative, fractions, NHS governance words. */


describe('a rating that opens an entry outranks the narrative after it, except a completion', () => {
  table([
    ['Red - delayed', 'off_track'],
    ['Red - in progress', 'off_track'],
    ['RAG: Red - significant concerns', 'off_track'],
    ['Green - minor delays', 'on_track'],
    ['RAG: Green - slight delay but recoverable', 'on_track'],
    ['Amber - progressing well', 'at_risk'],
    ['RAG: Amber – awaiting data', 'at_risk'],
    ['Green - complete', 'complete'],
    ['Red to amber', 'at_risk'],
    ['Red flag raised; on track', 'on_track'],
  ]);
});

describe('a fraction in words, or a share of the items, beside a completion word is progress', () => {
  table([
    ['Half complete', 'on_track'],
    ['Half done', 'on_track'],
    ['Three quarters done', 'on_track'],
    ['Three-quarters complete', 'on_track'],
    ['Two thirds complete', 'on_track'],
    ['75% of actions complete', 'on_track'],
    ['100% of actions complete', 'complete'],
  ]);
});

describe('mostly or substantially done is not done', () => {
  table([
    ['Mostly achieved', 'on_track'],
    ['Largely delivered', 'on_track'],
    ['Substantially complete', 'on_track'],
    ['Partially done', 'at_risk'],
    ['Fully achieved', 'complete'],
  ]);
});

describe('"not fully" is done in part', () => {
  table([
    ['Not fully embedded', 'at_risk'],
    ['Not yet fully embedded', 'at_risk'],
    ['Not yet fully implemented', 'at_risk'],
    ['Not fully rolled out', 'at_risk'],
    ['Fully embedded', 'complete'],
    ['Not embedded', 'unknown'],
  ]);
});

describe('a completion re-opened later in the entry is open again', () => {
  table([
    ['Complete but now reopened', 'unknown'],
    ['Completed - re-opened due to new guidance', 'unknown'],
    ['Reopened; on track', 'on_track'],
  ]);
});

describe('governance words: papers taken to meetings, things awaited, money and business cases', () => {
  table([
    ['Went to Board in November', 'complete'],
    ['Paper went to Board in March', 'complete'],
    ['Taken to Board', 'complete'],
    ['Endorsed by ELG', 'complete'],
    ['Endorsed', 'complete'],
    ['Noted by Board', 'complete'],
    ['Paper to go to Board in March', 'unknown'],
    ['Sign-off awaited', 'at_risk'],
    ['Sign off awaited from ICB', 'at_risk'],
    ['Complete - sign-off awaited', 'complete'],
    ['Update awaited', 'unknown'],
    ['Long awaited strategy published', 'complete'],
    ['Funding not secured', 'at_risk'],
    ['Unfunded', 'at_risk'],
    ['No funding issues', 'on_track'],
    ['Business case rejected', 'off_track'],
    ['Business case not approved', 'off_track'],
    ['Rejected', 'off_track'],
  ]);
});

describe('risk-register language and degrees of risk', () => {
  table([
    ['Added to risk register', 'at_risk'],
    ['On the corporate risk register', 'at_risk'],
    ['On the risk register; on track', 'on_track'],
    ['Moderate risk', 'at_risk'],
    ['Major risk', 'off_track'],
    ['Significant concerns', 'off_track'],
    ['No significant concerns', 'on_track'],
  ]);
});

describe('more words for off track', () => {
  table([
    ['Off schedule', 'off_track'],
    ['Date passed', 'off_track'],
    ['Deadline passed', 'off_track'],
    ['Significantly behind', 'off_track'],
    ['Well behind', 'off_track'],
    ['Slightly behind', 'at_risk'],
  ]);
});
