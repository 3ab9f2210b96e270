/*
 * The status vocabulary's events, retractions and ignored names (SPEC 4); the phrases that give
 * a class outright are in ./status.
 */

/** Words after "live" that say where or since when a service runs: "Pilot live on two wards", "Live from 3 Feb". */
const LIVE_PLACES: readonly string[] = ['on', 'in', 'at', 'across', 'from'];

/**
 * Events that happened: a step done when its status says so ("Workshop held 12 Oct"), but in
 * a narrative of ongoing work a milestone on the way ("This is on-going … network launched June
 * 2023", seed 003). So they decide an entry only when no other phrase in it gives a class, and
 * a cell only when no other entry does. "Held" only with its event: records are "held on Datix".
 */
export const EVENT_PHRASES: readonly string[] = [
  'published', 'launched', 'rolled out', 'took place', 'taken place', 'agreed at', 'agreed by', 'submitted to',
  'was held', 'were held', 'meeting held', 'meetings held', 'workshop held', 'workshops held', 'event held',
  'events held', 'session held', 'sessions held', 'contract signed', 'contract awarded', 'contracts signed', 'contracts awarded',
  'agreement signed', 'agreements signed',
  // Not "appointed": seed 003's "We have appointed 17 Green Champions … They meet regularly" is work going on.
  'presented to', 'presented at', 'post filled', 'posts filled',
  // Done-words of a step, read as events so a count short of the whole ("Installed in 12 of 20 bays") or
  // a later phase ("Guidance issued; audit to follow") reads on.
  'installed', 'issued', 'developed',
  // Work handed to another plan or programme: closed here, unless the entry says more.
  'transferred to', 'transferred into', 'incorporated into', 'incorporated within', 'subsumed into', 'subsumed within',
  'absorbed into', 'action transferred', 'handed over to',
  // A paper taken to a meeting, as "presented to" is ("Went to Board in November").
  'went to board', 'went to the board', 'went to trust board', 'went to public board', 'went to icb board',
  'went to committee', 'went to qsc', 'went to elt', 'went to elg', 'taken to board', 'taken to the board', 'taken to committee', 'endorsed by', 'endorsed at',
  'noted by', 'noted at',
  // "Trained" yields to any other word: "Staff trained; roll-out delayed" is the delay.
  'trained', 'funding secured', 'funding agreed', 'funding confirmed', 'funding approved',
  'capital agreed', 'budget agreed', 'budgets agreed',
  'interviews held', 'interview held', 'focus groups held', 'focus group held', 'discussions held',
  // A body set up ("Steering group established"); "established" alone is often "well established practice".
  'was established', 'were established', 'been established', 'group established', 'groups established',
  'network established', 'forum established', 'committee established', 'panel established', 'team established',
  // Work done or set running (round 17): a step, so a next stage named after it ("Audit undertaken, report to QSC
  // in March", "Pilot live on two wards, evaluation in March") is the work going on (status/scheduled.ts).
  'undertaken', 'carried out', ...LIVE_PLACES.map((p) => `live ${p}`),
];

/**
 * Events held in the plural, a subset of EVENT_PHRASES: a series of meetings, sessions or
 * interviews is a programme of activity on the way ("Outreach events held in Eastfield and Moor
 * End", "Interviews held"), where one event held ("Workshop held 12 Oct") can be the action done.
 */
export const SERIES_EVENT_PHRASES: readonly string[] = [
  'were held', 'meetings held', 'workshops held', 'events held', 'sessions held', 'interviews held', 'focus groups held',
  'discussions held',
];

/**
 * Phrases that say an action is *not* done. They count as an entry's latest word ("Done" then
 * "Reopened" is no longer complete) but give way to any class phrase in the same entry.
 */
export const RETRACTION_PHRASES: readonly string[] = [
  'incomplete', 'not complete', 'not completed', 'not yet complete', 'not yet completed', 're opened',
  'still open', 'remains open', 'remain open', 'keep open', 'kept open', 'left open',
  // "Embedded" is read alone only (./statusWords), but "not yet embedded" says the change has not taken hold.
  'not embedded', 'not yet embedded', 'yet to be embedded',
];

/**
 * Phrases that say only that the deadline has not come ("Open - not yet due", an audit tracker's
 * open grade): read as "Open" is, saying nothing of progress, not as not started. SPEC 5.1 then
 * rates the step by its date alone, Amber near the deadline with no word of progress (rule 6).
 */
export const NOT_YET_DUE_PHRASES: readonly string[] = ['not yet due', 'not due yet', 'not due until'];

/** Names that contain a status word but are not a status (seed 003: "the Green Plan"); "awaiting update" gives none. */
export const IGNORED_PHRASES: readonly string[] = [
  'green plan', 'green plans', 'green champion', 'green champions', 'green paper', 'green space', 'green spaces',
  'red cross', 'red tape', 'red book', 'behind the scenes', 'closed session', 'closed meeting',
  'awaiting update', 'awaiting updates', 'awaiting an update', 'waiting for update', 'waiting for an update',
  'update awaited', 'long awaited',
  // The NHS's name for a patient getting worse, not the work (round 32: "deteriorating" alone is a level worsening).
  'deteriorating patient', 'deteriorating patients', 'deteriorating child', 'deteriorating children', 'deteriorating adult',
  'eagerly awaited', 'meeting target date', 'meeting target dates',
  // A recruitment step, not the action closed: "Advert closed, interviews 14/11".
  'advert closed', 'adverts closed', 'advertisement closed',
  // Where people live is no service live ("Patients who live in the borough"), and a go-live to come is no event.
  ...['who', 'go', 'going', 'goes'].flatMap((w) => LIVE_PLACES.map((p) => `${w} live ${p}`)),
];

/**
 * Recruitment words read only as work part done (status/partStep.ts): "Recruited to 3 of 4 posts", "Posts
 * appointed to, start dates Jan and Feb". Alone they are left unread: "All posts recruited to" may
 * still wait on people taking up post, which a programme manager would ask about.
 */
export const PART_ONLY_PHRASES: readonly string[] = ['recruited', 'appointed to', 'post appointed', 'posts appointed', 'appointed'];
