import type { Seed004Row } from './types';
import { seed004Rows1 } from './seed004-rows-1';
import { seed004Rows2 } from './seed004-rows-2';

/**
 * Seed 004: Tower Hamlets Together Engagement Lead Group action plan, "3 November update".
 * Text verbatim from /work/shared/seeds/004_e6badc6c0a3f2626.txt.
 */

export const seed004Title =
  'THT Engagement Lead Group Action Plan - 3 November update – Report to the THT Engagement Leads Group';

export const seed004Intro =
  'This report updates on implementation of the THT Engagement Lead Group Action Plan agreed at the THT Partnership Board 3 November 2022. The Action Plan has been colour coded to help focus discussion on current actions/updates and to highlight upcoming actions. This is the colour coding';

/** The colour key; the colours themselves were lost in the extraction (the product adds its own). */
export const seed004ColourKey: readonly string[] = [
  'Actions complete',
  'Actions update for ELG December 22',
  'Next step Actions',
];

export const seed004Closing =
  'This Action Plan will become a regular monthly report to the THT Engagement Leads Group to enable it to monitor the implementation of the Plan.';

export const seed004Header: readonly string[] = [
  '#',
  'Recommendation',
  'Lead',
  'Next steps',
  'Time frame',
  'Is the action on track/update',
];

/** All 15 recommendations in the paper's order, with the rows page breaks split off. */
export const seed004Rows: readonly Seed004Row[] = [...seed004Rows1, ...seed004Rows2];
