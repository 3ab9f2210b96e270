/*
 * A set-up under way, and the steps that ask for exactly that set-up (read by analyse/setUpMet.ts).
 * "Group established and meeting monthly" is a group running, which the status reader reads as under
 * way; beside "Set up patient experience group" it is the step done. Phrases of several words are
 * written with single spaces; hyphens and runs of spaces in the text read as one space.
 */

/** Bodies a step sets up and a status reports running: "steering group", "falls committee". */
export const SET_UP_BODIES: readonly string[] = [
  'group', 'committee', 'forum', 'network', 'board', 'panel', 'taskforce', 'task force', 'working party',
];

/** A body's set-up reported done: "Group established", "Committee formed". */
export const SET_UP_DONE: readonly string[] = [
  'established', 'set up', 'formed', 'convened', 'created', 'launched', 'in place', 'started',
];

/** A body running, after its set-up: "and meeting monthly", "meets monthly", "first met in May". */
export const SET_UP_MEETING: readonly string[] = ['meeting', 'meets', 'met', 'meet'];

/** A step asking to set up a body: "Establish a steering group", "Set up the forum". */
export const SET_UP_VERBS: readonly string[] = [
  'establish', 'set up', 'setup', 'form', 'convene', 'create', 'launch', 'stand up', 'start',
];

/** A pilot or trial, as a status names it: "Pilot live", "Trial running". */
export const PILOT_NOUNS: readonly string[] = ['pilot', 'trial', 'test of change', 'pdsa'];

/** A pilot running: "live", "running", "under way". */
export const PILOT_RUNNING: readonly string[] = [
  'live', 'running', 'started', 'under way', 'underway', 'commenced', 'begun', 'in progress', 'launched', 'in place',
];

/** A step asking for a pilot by its opening verb: "Pilot the sensors on Ward 12", "Trial the new tool". */
export const PILOT_VERBS: readonly string[] = ['pilot', 'trial', 'test'];

/** A step asking to run a pilot: "Run a pilot of the sensors", "Start the trial". */
export const PILOT_RUN_VERBS: readonly string[] = ['run', 'start', 'launch', 'begin', 'undertake', 'conduct', 'carry out', 'set up'];

/** A change reported live in named places: "Live on Wards 7 and 8", "Implemented at Sites A and B". */
export const LIVE_DONE: readonly string[] = [
  'live', 'went live', 'gone live', 'implemented', 'in place', 'rolled out', 'introduced', 'installed', 'deployed', 'launched',
];

/** A step asking for a change in named places: "Implement e-handover on Wards 7 and 8". */
export const LIVE_VERBS: readonly string[] = [
  'implement', 'go live', 'roll out', 'introduce', 'install', 'deploy', 'launch',
];

/** Places named with labels, singular or plural (both read as the singular): "Ward 12", "Wards 7 and 8". */
export const LABELLED_PLACES: readonly string[] = [
  'ward', 'site', 'unit', 'bay', 'theatre', 'clinic', 'hub', 'hospital', 'practice', 'team', 'area', 'floor',
  'building', 'block', 'zone', 'pcn', 'locality', 'division', 'directorate',
];

/** Words just before a set-up that say it has not happened: "Group to be established", "not yet formed". */
export const NOT_YET: readonly string[] = ['not', 'not yet', 'yet to be', 'to be', 'being', 'awaiting', 'once', 'when', 'until'];

/** Words after a body that make it a thing's owner, not the body set up: "Create a Board report". */
export const BODY_OWNED: readonly string[] = [
  'report', 'reports', 'paper', 'papers', 'agenda', 'minutes', 'presentation', 'session', 'sessions', 'workshop',
  'development', 'dashboard', 'assurance', 'approval', 'sign off', 'member', 'members', 'membership',
];

/** Words after "pilot" that make the step the pilot's aftermath, not the pilot: "Pilot evaluation to QSC". */
export const PILOT_AFTER: readonly string[] = [
  'evaluation', 'evaluated', 'review', 'reviewed', 'report', 'results', 'outcome', 'outcomes', 'findings', 'learning',
  'ends', 'ended', 'end', 'closes', 'closed', 'complete', 'completed', 'approval', 'approved', 'agreed', 'sign off',
];

/** Words joining a body to the ones around a step's verb that are not part of the body's name: "Establish links with the network". */
export const NOT_BODY_NAME: readonly string[] = ['with', 'to', 'for', 'by', 'from', 'into', 'through', 'via', 'across', 'between', 'and'];
