/*
 * The first work on a deliverable, which the status reader reads as under way ("Drafted", "Scoping"):
 * denied ("Not yet drafted", "Report not drafted", "Not yet scoped") nothing of the work has begun, so the
 * action is not started, not off track (SPEC 5.1 rule 6 then makes it Amber as its deadline nears).
 * Read beside statusAssurance's NOT_DONE_IS_NOT_BEGUN by status/resolve.ts.
 */
export const EARLY_WORK_NOT_BEGUN: readonly string[] = [
  'drafted', 'drafting', 'scoping', 'draft written', 'draft prepared', 'draft produced', 'draft developed',
  'first draft written', 'first draft prepared', 'mobilised', 'mobilized', 'mobilising', 'mobilizing',
];
