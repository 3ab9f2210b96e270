/**
 * Seed 000: NICE "Working alongside people and communities" strategy, its six initial actions
 * and the January–April 2025 plan. Text verbatim from /work/shared/seeds/000_7bf7cbf85c312fb0.txt.
 */

/** The six initial actions, in the strategy's order. */
export const seed000Actions: readonly string[] = [
  "Start to test new ways of working using quality improvement plan, do study act cycles to change the way in which we work.",
  "Implementation of the revised non staff payment policy",
  "Development of the NICE involvement and engagement leaders’ network and training",
  "Set up of the working alongside people and communities’ oversight group and the nomination of a non-executive director responsible for the strategy at board level.",
  "Establishment of a networks of networks to include people and communities voluntary and community and the nice involvement and engagement leader’s network. This network of networks will drive the delivery of our strategy.",
  "Establish a co-produced delivery plan of actions, measures and deliverables for our Working alongside people and communities’ strategy from 2025 – 2027.",
];

/** The one status the strategy gives for all six ("All actions are underway, and all will be…"). */
export const seed000Status = "All actions are underway";

/** "all will be completed by end of January 2025" */
export const seed000Due = 'by end of January 2025';

/** "with the staff nonpayment policy due to be implemented in August 2024" */
export const seed000PaymentPolicyDue = 'August 2024';

/** The payment policy is the one action with its own date. */
export const seed000PaymentPolicyAction = "Implementation of the revised non staff payment policy";

/**
 * The seed says "the people and communities team started to lay the groundwork for delivery
 * of the strategy", the only owner it names.
 */
export const seed000Lead = 'People and communities team';

/** "Future work plans: January-April 2025": the paragraph's lines, each read as an action. */
export const seed000PlanDue = 'January-April 2025';
export const seed000PlanActions: readonly string[] = [
  "The delivery plan for the three months to end of the financial year 2024/25 will focus on co production of a number of initiatives that will support the delivery of our strategy from April 2025.",
  "This will include some short life working groups on generic themes e.g. person and family centered care, health inclusion groups, health inequalities which will be supported by our two external networks and our internal network of NICE leaders.",
  "We will keep this space updated on our priority workplan and will update as work is implemented through our quality improvement approaches",
];
