'use strict';
// The dates each sample is refreshed at, chosen to fit its document (README lists them).
exports.DEMO_RUNS = [
  { file: 'seed004-tht-elg-action-plan.xlsx', asOf: '2022-11-03', nextMeeting: '2022-12-15', nextMeetingName: 'ELG December 22' },
  { file: 'seed003-strategy-table-one.xlsx', asOf: '2023-09-30', nextMeeting: '2024-03-28', nextMeetingName: 'Board March 2024' },
  { file: 'seed002-lsc-roadmap.xlsx', asOf: '2023-10-31', nextMeeting: '2023-12-06', nextMeetingName: 'PIEAC December 2023' },
  { file: 'seed000-nice-initial-actions.xlsx', asOf: '2024-12-02', nextMeeting: '2025-01-29', nextMeetingName: 'Oversight group January 2025' },
  { file: 'seed001-nel-standards.xlsx', asOf: '2022-08-18', nextMeeting: null, nextMeetingName: null },
];
