import {
  BODY_OWNED,
  LABELLED_PLACES,
  LIVE_DONE,
  LIVE_VERBS,
  NOT_BODY_NAME,
  NOT_YET,
  PILOT_AFTER,
  PILOT_NOUNS,
  PILOT_RUN_VERBS,
  PILOT_RUNNING,
  PILOT_VERBS,
  SET_UP_BODIES,
  SET_UP_DONE,
  SET_UP_MEETING,
  SET_UP_VERBS,
} from '../vocabulary/setUpSteps';

/*
 * A status cannot tell set-up from delivery: "Group established and meeting monthly", "Pilot live on
 * Ward 12 since 1 Nov" and "Live on Wards 7 and 8" read as under way, which is right beside
 * "Reduce falls by 20%" or "Implement e-obs across the Trust". Where the step asks for exactly that
 * set-up ("Set up patient experience group", "Pilot the sensors on Ward 12", "Implement handover on
 * Wards 7 and 8"), it is the step done, as a go-ahead is for a step asking for the decision
 * (narrativeStatus). Texts are lowered, with a hyphen between letters read as a space ("roll-out").
 */

/** A status's or step's opening says what it reports or asks; the rest is detail. */
const MAX_CHARS = 300;
const alt = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, ' ?')).join('|');
const WORD = '[a-z0-9%]+ ';
const NOT_YET_BEFORE = `(?<!\\b(?:${alt(NOT_YET)}) )`;
/** One place label: "7", "12b", "4-6", "a". */
const LABEL = String.raw`(?:\d{1,3}[a-z]?(?: ?[-–] ?\d{1,3})?|[a-z]\d{0,2})(?![a-z0-9])`;
const PLACE = `(?:${alt(LABELLED_PLACES)})s?`;
/** Places named with labels, the noun maybe repeated: "wards 7 and 8", "ward 7 and ward 8", "sites a, b & c". */
const PLACES = `${PLACE} ${LABEL}(?:(?: ?, ?(?:and )?| and | ?& ?)(?:${PLACE} )?${LABEL})*`;
/** A place phrase after a place word: "on wards 7 and 8", "at the site a". */
const PLACED = new RegExp(` (?:on|in|at|across|to|within) (?:the )?(${PLACES})`);
const PLACE_ITEM = new RegExp(`(${PLACE} )?(${LABEL})`, 'g');

/**
 * A word one of the shapes needs (a meeting, a pilot, a labelled place), tested on the raw status
 * first: most under-way statuses ("On track", "Recruitment under way") have none and stop here.
 */
const CUE = new RegExp(`\\b(?:${alt([...SET_UP_MEETING, ...PILOT_NOUNS, ...LABELLED_PLACES])})`, 'i');

/** "Group established and meeting monthly", "Committee formed, meets monthly", "Established and meeting". */
const GROUP_RUNNING = new RegExp(
  `(?:\\b(?:${alt(SET_UP_BODIES)}) (?:${WORD}){0,2}?|^ )${NOT_YET_BEFORE}(?:${alt(SET_UP_DONE)})\\b[^.;!?]{0,40}?\\b(?:${alt(SET_UP_MEETING)})\\b`,
);
/** "Pilot live on Ward 12", "Trial of the sensors running". */
const PILOT_LIVE = new RegExp(`\\b(?:${alt(PILOT_NOUNS)})s? (?:${WORD}){0,3}?${NOT_YET_BEFORE}(?:${alt(PILOT_RUNNING)})\\b`);
/** "Live on Wards 7 and 8", "Alert implemented at Sites A and B". */
const LIVE_IN = new RegExp(`${NOT_YET_BEFORE}\\b(?:${alt(LIVE_DONE)})(?= (?:on|in|at|across|to|within) (?:the )?${PLACES})`);

const BODY_NAME_WORD = `(?!(?:${alt(NOT_BODY_NAME)}) )${WORD}`;
/** "Set up patient experience group", "Establish a nursing retention steering group". */
const ASKS_GROUP = new RegExp(
  `^(?:${alt(SET_UP_VERBS)}) (?:an? |the )?(?:${BODY_NAME_WORD}){0,4}?(?:${alt(SET_UP_BODIES)})s?\\b(?! (?:${alt(BODY_OWNED)})\\b)`,
);
/** "Pilot the new falls sensor technology on Ward 12", "Run a 6 month pilot of the tool". */
const ASKS_PILOT = new RegExp(
  `^(?:(?:${alt(PILOT_VERBS)})(?! (?:${alt(PILOT_AFTER)})\\b) |(?:${alt(PILOT_RUN_VERBS)}) (?:an? |the )?(?:${WORD}){0,3}?(?:${alt(PILOT_NOUNS)})\\b)`,
);
/** "Implement electronic handover on Wards 7 and 8", "Go live on Ward 12". */
const ASKS_LIVE = new RegExp(`^(?:${alt(LIVE_VERBS)})\\b`);

/** A text lowered, its leading numbering and bullets passed over, a hyphen between letters and runs of spaces read as one space. */
function plainWords(text: string): string {
  return text
    .slice(0, MAX_CHARS)
    .toLowerCase()
    .replace(/^[^a-z]+/, '')
    .replace(/(?<=[a-z])[-–](?=[a-z])/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * The places a text names after a place word, as "ward 7", "ward 8" (plural nouns read as the
 * singular, the noun carried to the labels after it), or null where it names none.
 * @example namedPlaces('live on wards 7 and 8') // ['ward 7', 'ward 8']
 * @example namedPlaces('across all wards') // null
 */
export function namedPlaces(words: string): string[] | null {
  const m = PLACED.exec(words);
  if (m === null) return null;
  const places: string[] = [];
  let noun = '';
  for (const item of (m[1] ?? '').matchAll(PLACE_ITEM)) {
    if (item[1] !== undefined) noun = item[1].trim().replace(/s$/, '');
    places.push(`${noun} ${(item[2] ?? '').replace(/ /g, '')}`);
  }
  return places;
}

/** True when every place the step names is one the status names: the step's own scope is live. */
function coversPlaces(status: readonly string[] | null, step: readonly string[] | null): boolean {
  return status !== null && step !== null && step.every((p) => status.includes(p));
}

/** A pilot meets a step to pilot wherever it runs, unless both name places and the step's are not all among the status's. */
function samePilotPlaces(status: readonly string[] | null, step: readonly string[] | null): boolean {
  return status === null || step === null || coversPlaces(status, step);
}

/**
 * True when a status reports a set-up under way: a group set up and meeting, a pilot running, or a
 * change live in named places. Cheap, and asked first, so only these statuses pay for reading the step.
 * @example reportsSetUp('Group established and meeting monthly') // true
 * @example reportsSetUp('Pilot live on Ward 12 since 1 Nov') // true
 * @example reportsSetUp('Live on Wards 7 and 8') // true
 * @example reportsSetUp('Group to be established; first meeting in January') // false
 */
export function reportsSetUp(statusText: string): boolean {
  if (!CUE.test(statusText)) return false;
  const words = ` ${plainWords(statusText)}`;
  return GROUP_RUNNING.test(words) || PILOT_LIVE.test(words) || LIVE_IN.test(words);
}

/**
 * True when a step's status text reports the very set-up its text asks for, so the step is done:
 * a group set up and meeting for a step setting one up, a pilot running for a step to pilot (in
 * the same places, where both name them), a change live in every place the step names.
 * @example setUpMet('Group established and meeting monthly', 'Set up patient experience group') // true
 * @example setUpMet('Group established and meeting monthly', 'Reduce falls by 20%') // false
 * @example setUpMet('Pilot live on Ward 12 since 1 Nov', 'Pilot the new falls sensor technology on Ward 12') // true
 * @example setUpMet('Pilot live on Ward 12', 'Roll out the falls sensor trust-wide') // false
 * @example setUpMet('Live on Wards 7 and 8', 'Implement electronic handover on Wards 7 and 8') // true
 * @example setUpMet('Alert live on Wards 7 and 8', 'Implement e-obs escalation alert across all wards') // false
 */
export function setUpMet(statusText: string, stepText: string): boolean {
  if (!CUE.test(statusText)) return false;
  const status = ` ${plainWords(statusText)}`;
  const step = plainWords(stepText);
  if (GROUP_RUNNING.test(status) && ASKS_GROUP.test(step)) return true;
  // A pilot running is a trial, not the change implemented: it meets only a step to pilot.
  if (PILOT_LIVE.test(status)) return ASKS_PILOT.test(step) && samePilotPlaces(namedPlaces(status), namedPlaces(` ${step}`));
  return LIVE_IN.test(status) && ASKS_LIVE.test(step) && coversPlaces(namedPlaces(status), namedPlaces(` ${step}`));
}
