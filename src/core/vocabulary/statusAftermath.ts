/*
 * Round 25 (SPEC 4, a reviewer's misreads): what an entry says after a completion that leaves the action open, and
 * the people-in-post wording of recruitment actions. Read by status/aftermath.ts, status/posts.ts and
 * status/belowTarget.ts. Phrases are lower case, words spaced; they are matched as whole words, any run of spaces,
 * hyphens or slashes between them.
 */

/**
 * Said after a completion, the action is still open: a further decision or meeting still needed, the closure not yet
 * earned, or the work done only as a draft ("Signed off at DMT; to go to QSC for final approval", "Datix closed but
 * action remains open", "Done draft, to be reviewed by DoN", "Group established but has not yet met").
 */
export const OPEN_AFTER_DONE: readonly string[] = [
  // The action, not a risk, kept open: "Complete; risk remains open" is a risk held (round 20).
  'action remains open', 'action remain open', 'action still open', 'action kept open', 'action to remain open',
  'recommendation remains open', 'item remains open', 'this remains open', 'datix remains open',
  'for final approval', 'for final sign off', 'for final ratification', 'for final agreement', 'for final decision',
  'to be reviewed by', 'to be approved by', 'to be ratified by', 'to be signed off by', 'draft to be',
  'has not yet met', 'have not yet met', 'not met yet', 'yet to meet',
  'required before closure', 'needed before closure', 'required prior to closure', 'needed prior to closure',
  'before closure can', 'before it can be closed', 'before the action can be closed',
  'further meeting needed', 'further meeting required', 'further meetings needed', 'further meetings required',
  'further meeting planned', 'further meeting to be arranged', 'second meeting needed', 'second meeting required',
  'further work required', 'further work needed', 'further work is required', 'further work is needed',
];

/** A draft right after the completion word: "Done draft" is the draft done, not the work. */
export const DRAFT_WORDS: readonly string[] = ['draft', 'drafts', 'first draft'];

/**
 * After an audit's result short of full compliance, what says it fell short: a plan to put the gaps right, more work
 * or training, a re-audit to come ("Audit completed - 64% compliance. Action plan developed to address gaps.").
 * Without a result below 100% these may follow any audit done ("Re-audit planned Q3" after a completion, round 16).
 */
export const AUDIT_SHORTFALL_FOLLOW_UPS: readonly string[] = [
  'address gaps', 'address the gaps', 'address gap', 'address the shortfall', 'address shortfalls', 'gaps identified',
  'further work', 'further training', 'further improvement', 'improvement plan', 'improvement required', 'improvement needed',
  'action plan', 'action plan developed', 're audit', 'reaudit', 'repeat audit', 'further audit', 'not compliant',
  'non compliant', 'below standard', 'below target', 'not met',
];

/** The audit words whose completion a result after it measures: "Audit completed - 64% compliance". */
export const AUDITED_WORDS: readonly string[] = ['audit', 'audits', 'reaudit', 'spot check', 'spot checks', 'review', 'survey'];

/** Words that, with a time after them, set a place's own audit still to come: "PRH audit due March". */
export const AUDIT_TO_COME: readonly string[] = ['due', 'planned', 'scheduled', 'booked', 'to follow', 'pending', 'next'];

/**
 * A waited-for step that is the routine next stage of work under way, not a hold-up: "awaiting pre-employment checks"
 * after interviews, "results awaited" after an audit undertaken, "awaiting completion of audit".
 */
export const ROUTINE_WAITS: readonly string[] = [
  'pre employment checks', 'preemployment checks', 'employment checks', 'references', 'dbs', 'dbs check', 'dbs checks',
  'occupational health clearance', 'oh clearance', 'start date', 'results', 'audit results', 'the results', 'findings',
  'completion of audit', 'completion of the audit', 'audit completion', 'analysis of results', 'outcome of audit',
  'outcome of the audit', 'audit outcome', 'report', 'audit report', 'final report',
];

/**
 * A person started in the post the action recruits to: the action done, read where nothing else in the entry gives a
 * class or only the start word does ("Post holder commenced in role"), so "Overdue - lead now in post and progressing"
 * stays the overdue. "Started" alone is work begun (on track);
 * with the post or the person named it is the appointee's first day.
 */
export const POST_FILLED_PHRASES: readonly string[] = [
  'in post', 'now in post', 'all in post', 'staff in post', 'started in post', 'commenced in post', 'started in role',
  'commenced in role', 'took up post', 'taken up post', 'has taken up post', 'post holder started', 'post holders started',
  'postholder started', 'postholders started', 'post holder commenced', 'post holders commenced', 'postholder commenced',
  'appointed and started', 'appointed and commenced', 'appointed and in post', 'vacancy filled', 'vacancies filled',
  'post filled', 'posts filled', 'new starter started', 'new starters started',
];

/** Work published where staff find it: a completion ("Procedure updated and uploaded to the intranet."). */
export const PUBLISHED_PHRASES: readonly string[] = [
  'uploaded to the intranet', 'uploaded onto the intranet', 'uploaded to intranet', 'uploaded on the intranet',
  'published on the intranet', 'available on the intranet', 'shared with the division', 'shared with divisions',
  'shared with the care group', 'shared with all staff', 'shared with staff', 'shared with the team', 'shared with teams',
];

/**
 * A start still to come: "starts in May", "starting 01/03/27", "in post from 01/04/27", "start date agreed". The reader
 * has no as-of date, so a start named with "from", "starting" or "starts" is read as to come, where "started" is done.
 */
export const FUTURE_START_LEADS: readonly string[] = [
  'starts', 'starting', 'will start', 'due to start', 'to start', 'start date', 'start dates', 'in post from',
  'commences', 'commencing', 'will commence', 'due to commence', 'takes up post', 'will take up post', 'joining',
  'joins',
];

/** An appointment made or a person recruited, which a start to come after it leaves under way. */
export const APPOINTED_WORDS: readonly string[] = [
  'appointed', 'recruited', 'offered', 'appointee', 'post', 'posts',
  // Recruitment said complete before a start to come ("Recruitment complete - starts Feb 27", round 27).
  'recruitment complete', 'recruitment completed', 'recruitment concluded', 'recruitment finalised',
];

/**
 * A level said to be short of its target, for a measure that rises (compliance, uptake): "Below target at 81%",
 * "not yet at 95% target", "significantly below target". Read only with a figure or a rising measure in the clause,
 * and never with a falling one (a DNA rate below target is good news: statusAssurance.ts).
 */
export const BELOW_TARGET_PHRASES: readonly string[] = [
  'below target', 'below the target', 'under target', 'below standard', 'below the standard', 'short of target',
  'short of the target', 'not yet at target', 'below trajectory', 'under trajectory',
];

/** Said of a level reached once but lost: "Dec audit 100%, Jan audit 82% - not sustained". */
/** Read at a clause's end only: "Not sustained is a risk we will watch" after "Achieved." is a watch, not a shortfall. */
export const NOT_SUSTAINED_PHRASES: readonly string[] = ['not sustained', 'not been sustained', 'not maintained', 'not been maintained'];

/**
 * Reasons after "Not completed" that say why it failed, so it is off track ("Not completed - lead on long term sick").
 * Any other words after it are left a retraction, for the dates to decide ("Not complete: reopened by ELG").
 */
export const NOT_DONE_REASONS: readonly string[] = [
  'long term sick', 'sick leave', 'off sick', 'sickness', 'left the trust', 'lead left', 'lead has left', 'no lead',
  'no capacity', 'lack of capacity', 'capacity', 'no funding', 'not funded', 'carried over', 'carried forward',
  'staffing', 'vacancy', 'vacancies', 'no resource', 'lack of resource', 'lack of resources', 'not prioritised',
];

/**
 * A closure instruction said as the entry's last sentence, which outranks the narrative before it ("ToR agreed at first
 * meeting in Oct; group now meets monthly. Close.").
 */
export const CLOSING_LAST: readonly string[] = [
  'close', 'closed', 'complete', 'completed', 'done', 'action closed', 'action complete', 'please close', 'close action',
  'close this action', 'to close', 'propose closure', 'propose to close', 'proposed for closure', 'recommend closure',
  'recommend for closure', 'for closure', 'closure agreed', 'agreed to close', 'can be closed', 'now closed',
];

/** A result said to show full compliance: "Re-audit shows 100% compliance", "audit found 100% compliant". */
export const FULL_RESULT = /(?:^|[^\p{L}])(?:shows?|showed|shown|found|demonstrates?|demonstrated|confirms?|confirmed|achieved|achieving|evidences?|evidenced)\s+100\s*%\s*(?:compliance|compliant|adherence|completion)(?![\p{L}])/iu;

/*
 * Round 26: a completion still waiting for the work to be accepted into use is under way ("Complete – AP(MGPS)
 * validation awaited", "Works complete, awaiting handover"). Unlike closing paperwork ("Complete, awaiting sign-off",
 * round 8), acceptance can fail and send the work back, so the action is not yet done. Read by status/acceptance.ts.
 */

/** A wait after the completion, in its sentence: one of these must be said for acceptance to be outstanding. */
export const ACCEPTANCE_WAIT_WORDS: readonly string[] = ['awaiting', 'awaited', 'waiting', 'pending', 'outstanding', 'due', 'to follow'];

/** Acceptance of the work into use, whatever was completed: validation, handover, commissioning, acceptance testing. */
export const ACCEPTANCE_WORDS: readonly string[] = [
  'validation', 'validated', 'handover', 'hand over', 'handed over', 'commissioning', 'commissioned', 'acceptance',
  'snagging', 'practical completion certificate',
];

/**
 * Built works, whose sign-off is their acceptance (by an Authorised Person, estates), not a formality: "Works complete
 * – awaiting AP sign-off". Named before the completion, in its clause.
 */
export const BUILT_WORKS_WORDS: readonly string[] = ['works', 'build', 'building', 'installation', 'refurbishment', 'construction'];

/** A sign-off, acceptance for built works. */
export const WORKS_SIGN_OFF_WORDS: readonly string[] = ['sign off', 'signoff', 'signed off'];
