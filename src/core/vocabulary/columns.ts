import type { OutputColumn, Role } from '../types';

/**
 * What task tools call the task itself in their exports: a SharePoint or Microsoft list's "Title",
 * Project's "Name" and "Task Name" (Planner, Smartsheet), a Jira-style "Summary". Each is the
 * action only where no column names one (FALLBACK_SYNONYMS), and only as the whole header
 * (WHOLE_ONLY_HEADERS): "Job title", "Lead name" and "Summary of progress" name something else.
 */
const TASK_TOOL_ACTION_HEADERS: readonly string[] = ['task name', 'title', 'name', 'summary'];

/**
 * What the task tools' exports call a task's owner ("Assigned To" in Planner and Smartsheet,
 * "Resource Names" in Project), a status note ("Notes", Project's only free text, read as the
 * status only where no column is one: LAST_RESORT_HEADERS) and a group of tasks (Planner's "Bucket").
 */
const TASK_TOOL_LEAD_HEADERS: readonly string[] = ['assigned to', 'assignee', 'allocated to', 'resource names'];
const TASK_TOOL_NOTE_HEADERS: readonly string[] = ['notes'];
const TASK_TOOL_GROUP_HEADERS: readonly string[] = ['bucket', 'bucket name'];

/**
 * Headers of a second date column that holds a new deadline only where one was set ("Revised
 * target date" beside "Target date"). Beside a time frame column it is read with it: its date
 * where filled is the deadline, and the step counts as re-dated (SPEC 3 revisions); alone, it
 * is the time frame column.
 */
/** Words that make any time frame header the revised one ("Revised implementation date", "Forecast end date"). */
export const REVISED_HEADER_WORDS: readonly string[] = ['revised', 'new', 'forecast', 'current', 'latest', 'amended', 'updated', 'rescheduled', 'expected'];

export const REVISED_TIMEFRAME_HEADERS: readonly string[] = [
  'revised target date', 'revised deadline', 'revised due date', 'revised date', 'revised completion date',
  'revised timescale', 'revised time frame', 'revised timeframe', 'new target date', 'new date', 'new deadline',
  'current target date', 'forecast completion date', 'forecast completion', 'forecast date', 'expected completion',
  'expected completion date', 'expected date',
];

/**
 * Headers of a column of evidence that an action was done ("Evidence of completion"): what the lead
 * offers to close it, which the committee has yet to accept, so it is read as the status only on a
 * sheet with no other status column (LAST_RESORT_HEADERS), and never beside one, where "Policy
 * approved" would close an action its status still calls open.
 */
const EVIDENCE_HEADERS: readonly string[] = [
  'evidence', 'evidence of completion', 'evidence of implementation', 'evidence of progress', 'evidence provided',
  'evidence of assurance', 'assurance evidence', 'supporting evidence', 'evidence of compliance', 'evidence of action taken',
];

/** Headers that name their role only as the whole header, and only when no other column names it (see EVIDENCE_HEADERS). */
export const LAST_RESORT_HEADERS: readonly string[] = [...EVIDENCE_HEADERS, ...TASK_TOOL_NOTE_HEADERS];

/**
 * Headers of a compliance column ("Fully / Partially / Not compliant"): a flag read beside the
 * update narrative, so "Fully compliant" closes the requirement as the lead's word that it is met.
 * Its other levels are the standard's assessed position, why the action exists, not how its
 * delivery is going: they never rate the action worse (see StatusFlags.levels).
 */
export const COMPLIANCE_HEADERS: readonly string[] = [
  'compliance', 'compliant', 'compliance status', 'compliance rating', 'compliance rag', 'compliance level', 'level of compliance',
  'current compliance', 'overall compliance', 'self assessed compliance', 'compliance self assessment', 'compliance assessment',
];

/**
 * Headers of the column naming the report a recommendation came from: an internal-audit tracker
 * lists several reports' recommendations on one sheet, numbered afresh in each ("1", "2", "3"),
 * so the report groups them as an objective groups a strategy's actions. "Audit", "Review" and
 * "Report" name it only as the whole header (WHOLE_ONLY_HEADERS).
 */
const SOURCE_REPORT_HEADERS: readonly string[] = [
  'audit report', 'internal audit report', 'audit report title', 'audit title', 'audit name', 'report title', 'report name',
  'source report', 'review title', 'audit', 'review', 'report',
];

/**
 * Headers of a column that groups the actions without naming an objective: a CQC plan's "MD/SD"
 * (must do or should do, two values that still divide the board's Table One) and its "Core
 * service", a green plan's "Area of focus". Fallbacks (FALLBACK_SYNONYMS): they group the actions
 * only where no column names the objective, and beside one they are neither read nor its rival.
 * Among themselves the earlier wins, so a CQC plan groups by must do and should do.
 */
const GROUP_FALLBACK_HEADERS: readonly string[] = [
  'md sd', 'must do should do', 'must should', 'must do or should do', 'area of focus', 'focus area', 'key area of focus',
  'core service', 'service area',
  // A cancer, elective or divisional plan groups its actions by the part of the service each improves ("Tumour site | Ref | Action").
  ...['tumour site', 'tumour group', 'specialty', 'speciality', 'service line', 'pathway', 'clinical pathway'],
  // A health-inequalities plan (Core20PLUS5) groups its actions by the five clinical areas and the PLUS groups.
  ...['clinical area', 'clinical priority', 'clinical priority area'],
  // An ICB or trust-wide plan repeats each commitment once per place or part of the organisation delivering it
  // ("PCN | Commitment | Milestone"): which one each row is groups the board's Table One and names a Red row's owner.
  ...['pcn', 'pcn name', 'primary care network', 'practice', 'practice name', 'gp practice', 'locality', 'place', 'neighbourhood'],
  ...['site', 'hospital site', 'ward', 'directorate', 'division', 'care group', 'borough', 'provider', 'organisation'],
];

/**
 * The group words above that, qualified, name something else ("Place of safety", "Best practice",
 * "Site lead", "Directorate update"): they group the actions only as the whole header.
 */
const WHOLE_ONLY_GROUPS: readonly string[] = [
  'pcn', 'practice', 'locality', 'place', 'neighbourhood', 'site', 'ward', 'directorate', 'division', 'borough', 'provider', 'organisation',
  'specialty', 'speciality', 'pathway',
];

/**
 * Synonyms that name their role only as the whole header (a hint aside): qualified, they mean
 * something else, "Next review" a date, "Action review" the action, "Clinical audit" no report,
 * "Report to" a meeting, "End of life care" a theme.
 */
export const WHOLE_ONLY_HEADERS: readonly string[] = ['audit', 'review', 'report', 'end', 'finish', ...WHOLE_ONLY_GROUPS, ...TASK_TOOL_ACTION_HEADERS];

/**
 * Headers of a plan's schemes or projects (a UEC plan's "Workstream | Scheme | SRO | Delivery date"): each
 * is rated as its action where no column names one; beside an "Action" column a project is a group of
 * actions, so they are fallbacks (FALLBACK_SYNONYMS), neither read there nor reported as its rival.
 */
const SCHEME_HEADERS: readonly string[] = ['scheme', 'scheme name', 'scheme title', 'scheme description', 'project', 'project name', 'project title', 'project description'];

/**
 * Headers of a criteria tracker's rated item (a Recovery Support Programme's "Exit criterion | Metric |
 * SRO | Forecast date"): the action only where no column names one (FALLBACK_SYNONYMS), so beside an
 * "Action" column a criterion is the reason for it. "Standard" is left out: it names a group of actions.
 */
const CRITERIA_HEADERS: readonly string[] = ['exit criterion', 'exit criteria', 'criterion', 'criteria', 'success criterion', 'success criteria'];

/**
 * Header words per column role (SPEC 2.2). Matching is case-, space- and
 * punctuation-insensitive on whole words, with an optional plural "s", so "Actions" and
 * "Time-frame" match. Extend these lists from real workbooks; nothing else hard-codes them.
 */
export const ROLE_SYNONYMS: Readonly<Record<Role, readonly string[]>> = {
  ref: ['#', 'no', 'number', 'ref', 'reference', 'ref no', 'id', 'action ref', 'action no', 'action number', 'item', 'item no', 'rec no', 'recommendation no',
    // A board action log numbers each action by the minute that recorded it.
    'minute', 'minute no', 'minute ref', 'minute reference', 'minute number',
    // Ockenden's tracker numbers each requirement within its Immediate and Essential Action ("IEA | Action": 1.1, 2.2).
    // "IEA no.", "Standard no.", "Req no.", "Rec ref", "KLOE ref" already match by their "no" or "ref".
    'iea'],
  action: [
    'action', 'deliverable', 'key deliverable', 'milestone', 'objective action', 'high level action', 'task', 'action description',
    'action required', 'key action', 'what we will do', 'activity', 'agreed action', 'management action',
    'agreed management action',
    // An audit firm's template gives management's agreed action as its response to each recommendation.
    'management response', 'agreed management response', 'proposed action', 'planned action', 'improvement action', 'safety action',
    ...['recommendation', 'condition', 'commitment', 'requirement', 'description', 'finding'],
    ...['area for improvement', 'improvement required', 'issue', 'what'],
    // A health-inequalities or transformation plan names each action by what it puts in place.
    ...['intervention', 'key intervention', 'planned intervention', 'initiative', 'key initiative'],
    // A "You said, we will, we did" patient-experience log: what the team undertook, after what people said.
    ...['we will', 'we will do', 'what we will do next', 'you said'],
    // An EPRR core standards return names and details each standard: the requirement met by the action beside it.
    ...['standard name', 'standard detail', 'standard description'],
    // A recovery or oversight programme's exit criteria, each rated with its SRO and forecast date (CRITERIA_HEADERS).
    ...CRITERIA_HEADERS,
    // A UEC or elective recovery plan's schemes and a programme's projects are each rated, with their SRO and delivery date.
    ...SCHEME_HEADERS,
    ...TASK_TOOL_ACTION_HEADERS,
  ],
  lead: [
    'lead', 'owner', 'responsible', 'action owner', 'accountable', 'exec lead', 'executive lead', 'by whom',
    'lead officer', 'responsible officer', 'lead director', 'responsible lead', 'lead person', 'who',
    'sro', 'senior responsible owner', 'senior responsible officer', 'named lead', 'lead executive',
    'responsible director', 'accountable director', 'accountable officer', 'lead manager',
    'resp', 'responsibility', 'sponsor', 'executive sponsor', 'action by', 'actioned by',
    // A capital or estates plan names who runs each scheme.
    'project manager', 'project lead', 'scheme lead',
    ...TASK_TOOL_LEAD_HEADERS,
  ],
  // "Milestone" names the action too: a milestone column holds the steps only beside an action column.
  next_steps: ['next steps', 'next step', 'actions to date', 'steps', 'sub actions', 'sub action', 'key steps', 'milestones and next steps', 'milestone', 'key milestone',
    'next action', 'further action', 'further action required', 'next action required'],
  timeframe: [
    'time frame', 'timeframe', 'timescale', 'timescales', 'deadline', 'due', 'due date', 'target date', 'by when',
    'completion date', 'date', 'target', 'when', 'date due', 'target completion date',
    'expected completion', 'time period', 'period', 'delivery date',
    'agreed target date', 'time scale', 'completion by', 'complete by', 'to be completed by', 'implementation date',
    // A plan's "Start | End" (or "Finish") pair: the end is the deadline. Only as the whole header, not "End of life care".
    'end', 'finish',
    // A capital or estates plan's dates, beside a "Forecast completion" that revises them.
    'planned completion', 'planned end', 'planned finish', 'practical completion', 'planned completion date',
    ...REVISED_TIMEFRAME_HEADERS,
  ],
  status: [
    'status', 'update', 'progress update', 'is the action on track update', 'is the action on track', 'comments',
    'comment', 'position', 'rag comment', 'current position', 'latest update', 'status update', 'progress to date',
    'update and progress', 'progress notes', 'commentary', 'narrative',
    // What has been done so far is the update, though it names actions: the action is what is to be done.
    'action taken to date', 'work undertaken', 'work undertaken to date', 'work to date',
    ...['we did', 'what we did', 'what we have done'],
    ...['rag status', 'rag rating', 'open closed', 'proposed to open close', 'complete', 'completed', 'closed', 'done'],
    ...['brag', 'brag status', 'brag rating', 'current rag', 'overall rag', 'current rag status'],
    ...['lead rag', 'rag lead', 'lead rating', 'lead rag rating', 'self assessed rag', 'self assessment rag'],
    // An assurance tracker (Ockenden, CNST, EPRR) rates each requirement Fully, Partially or Not compliant.
    ...COMPLIANCE_HEADERS,
    ...EVIDENCE_HEADERS,
    ...TASK_TOOL_NOTE_HEADERS,
  ],
  // A task tool's bucket names the group, as its "Priority" only ranks a task: before "priority", so the bucket wins a tie.
  objective: ['strategic objective', 'objective', ...TASK_TOOL_GROUP_HEADERS, 'priority', 'theme', 'principle', 'workstream', 'work stream', 'standard', 'strategic priority', 'domain', 'pillar', 'programme',
    // A CQC well-led review's action plan groups its actions by key line of enquiry.
    'kloe', 'key line of enquiry', 'key lines of enquiry',
    // A staff survey plan groups its actions by the NHS People Promise's elements ("We are a team"), a framework's plan by its elements.
    'element', 'people promise element', 'people promise', 'nhs people promise', 'people promise theme',
    // An internal-audit tracker groups its recommendations by the report that made them.
    ...SOURCE_REPORT_HEADERS,
    // A board assurance framework's action plan groups its actions by the strategic risk they mitigate
    // ("SR3 – Workforce supply"). A bare "Risk" is left out: it as often holds each action's risk in a sentence.
    ...['strategic risk', 'principal risk', 'baf risk', 'board assurance framework risk', 'baf principal risk', 'strategic risk title'],
    ...GROUP_FALLBACK_HEADERS],
  ambition: ['ambition', 'goal', 'outcome', 'it is our ambition that', 'our ambition', 'aim'],
  progress: ['progress', 'percent complete', 'progress percent', 'progress as at', 'progress with', 'progress against', 'percent done'],
  confidence: ['confidence', 'confidence in delivery', 'delivery confidence', 'confidence in delivering', 'confidence level'],
  strategy: ['supporting strategy', 'strategy', 'enabler', 'supporting strategies', 'enabling strategy'],
  rag_override: ['rag override', 'manual rag', 'rag set by lead', 'override rag', 'rag override manual', 'rag manual override'],
};

/** Each role as people name it, in messages, the Columns view and `validate`. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  ref: 'ref', action: 'action', lead: 'lead', next_steps: 'next steps', timeframe: 'time frame', status: 'status',
  objective: 'objective', ambition: 'ambition', progress: 'progress', confidence: 'confidence', strategy: 'strategy',
  rag_override: 'RAG override',
};

/** Every column role, in the order the Columns view lists them. */
export const ROLES = Object.keys(ROLE_SYNONYMS) as readonly Role[];

/**
 * Status-like headers that hold a flag (Open/Closed, Complete?, the lead's RAG) rather than the
 * update narrative: when both kinds exist the narrative is the status column and these are
 * read beside it, with an explicit closure winning (SPEC 2.2).
 */
export const STATUS_FLAG_HEADERS: readonly string[] = [
  'rag status', 'rag rating', 'open closed', 'proposed to open close', 'complete', 'completed', 'closed', 'done', 'rag',
  'brag', 'brag status', 'brag rating', 'current rag', 'overall rag', 'current rag status',
  'lead rag', 'rag lead', 'lead rating', 'lead rag rating', 'self assessed rag', 'self assessment rag',
  ...COMPLIANCE_HEADERS,
];

/**
 * What a flag header may carry around its flag word and still be that flag: its values after it,
 * unbracketed ("Closed Y/N", "Complete - Yes/No"; bracketed ones are a hint, withoutHint), and before
 * it the thing flagged ("Action closed", "Is the action complete?"). Folded as headers are; the
 * subject is matched singular only, so "Actions completed" stays a narrative of the work done.
 */
export const FLAG_VALUE_HINTS: readonly string[] = [
  'y n', 'yes no', 'y or n', 'yes or no', 'y n na', 'yes no na',
  // A compliance flag's third value ("Compliant (Y/N/Partial)"): its "Partial" is the lead's judgement, as "N" is.
  'y n partial', 'yes no partial', 'y partial n', 'yes partial no', 'y p n', 'y n p',
];
export const FLAG_SUBJECTS: readonly string[] = [
  'action', 'item', 'task', 'recommendation', 'is action', 'is the action', 'is this action', 'has the action been', 'is item', 'is the item',
];


/**
 * Headers that hold a role's word but name no role: the dates an action was raised or closed
 * are not its deadline, and read as one they would make every open action overdue. A header
 * that is one of these, or starts with one, is left unmapped.
 */
export const NOT_A_ROLE_HEADERS: readonly string[] = [
  'date raised', 'date opened', 'date added', 'date logged', 'date identified', 'date recorded', 'date agreed',
  'date of meeting', 'meeting date', 'date closed', 'date completed', 'completed date', 'closure date', 'date of closure',
  'date of last update', 'last updated', 'date updated',
  // The meeting item an action came from, not the action's own number.
  'agenda item', 'agenda item no', 'agenda item number',
  // What an action should achieve, beside each action: not an ambition to group the actions by.
  'expected outcome', 'outcome measure', 'intended outcome', 'desired outcome',
  // A count ("No. of extensions", "Number of revisions"), not the action's number.
  'no of', 'number of',
];

/**
 * Headers of the column giving the day each action was raised or agreed, which in a meeting's
 * action log is the meeting it came from: "Next meeting" there is the meeting after that one.
 * Matched whole or at the start of a header ("Meeting date (dd/mm/yy)").
 */
export const RAISED_DATE_HEADERS: readonly string[] = [
  'date raised', 'date opened', 'date added', 'date logged', 'date agreed', 'date of meeting', 'meeting date', 'meeting',
  'date action raised', 'date action agreed', 'date action opened', 'raised', 'date raised at meeting', 'meeting held',
  'board date', 'date of board', 'committee date', 'date of committee', 'meeting date raised', 'original meeting date',
];

/**
 * Headers of a column that records when, or whether, an action was finished ("Date completed",
 * "Closed"): a date there is an explicit completion, which wins over an open status (SPEC 2.2)
 * when the lead dated the work done but left the status as it was. Matched whole, hint aside.
 */
export const COMPLETION_HEADERS: readonly string[] = [
  'date completed', 'completed date', 'completed on', 'date of completion', 'actual completion date', 'actual completion',
  'date closed', 'closed date', 'closed on', 'closure date', 'date of closure', 'date actioned', 'date achieved', 'date signed off',
  'complete', 'completed', 'closed', 'done',
  // A programme's milestone plan dates each milestone baseline, forecast and actual: the actual date is its delivery.
  'actual date', 'actual end date', 'actual finish date', 'date delivered', 'delivered date', 'achieved date',
];

/**
 * Synonyms that name their role only when no column names it better: an audit tracker's
 * "Finding" and "Recommendation", or a "Description", sit beside the agreed "Action" as its
 * reason, and on their own are the action (seed 004's "Recommendation"). Among themselves the
 * earlier in its role's list wins.
 */
export const FALLBACK_SYNONYMS: readonly string[] = [
  'recommendation', 'condition', 'commitment', 'requirement', 'description', 'finding',
  // Management's response to a recommendation is the action agreed, unless a column gives that action itself;
  // beside the recommendation it answers, the recommendation is the action (RESPONSE_HEADER_WORDS).
  'management response', 'agreed management response',
  // What prompted an action in an improvement plan or issues log, and a "What | Who | When" log's first column.
  'area for improvement', 'improvement required', 'issue', 'what',
  // What patients said, the reason for a "You said, we will" row: its action only when no "We will" column names one.
  'you said',
  // The standard an EPRR improvement plan's action answers: the thing rated only when no action column is given.
  'standard name', 'standard detail', 'standard description',
  ...CRITERIA_HEADERS,
  ...SCHEME_HEADERS,
  ...TASK_TOOL_ACTION_HEADERS,
  // A committee log's agenda item or minute beside the action's own number ("Minute ref" | "Action no."): expected, so
  // no rival to warn of; the action's ref only when no column names one.
  'item', 'item no', 'minute', 'minute no', 'minute ref', 'minute reference', 'minute number',
  ...GROUP_FALLBACK_HEADERS,
];

/**
 * Words that make a column beside the status the assurance of an action's evidence ("Assurance RAG",
 * "Evidence assured?", "Evidence of completion"), not the lead's rating of its delivery: read as the
 * lead's status, an Amber for evidence not yet seen would make delivered work Amber. Unless the header
 * also names the delivery (ASSURED_DELIVERY_WORDS: "Progress and evidence").
 */
export const ASSURANCE_HEADER_WORDS: readonly string[] = ['assurance', 'assured', 'evidence', 'evidenced'];
export const ASSURED_DELIVERY_WORDS: readonly string[] = ['delivery', 'progress', 'update', 'action', 'implementation', 'comment', 'commentary'];

/**
 * An assurance cell saying the evidence is not there yet ("Evidence not provided"): beside an action
 * rated Complete it is a gap the committee should see (assuranceGap). Matched as words within the cell.
 */
export const NO_EVIDENCE_PHRASES: readonly string[] = [
  'not provided', 'not yet provided', 'not received', 'not yet received', 'awaited', 'awaiting', 'no evidence', 'not assured',
  'not yet assured', 'not submitted', 'not yet submitted', 'not reviewed', 'not yet reviewed', 'not available', 'not evidenced',
];

/**
 * Fallback action headers (FALLBACK_SYNONYMS) naming what a plan's milestones deliver ("PCN | Commitment |
 * Milestone"): beside a Milestone column one is the action, and the milestones are its steps
 * (milestonesAsSteps). A "Description" or "Finding" beside one says what the milestone is or why.
 */
export const MILESTONE_PARENT_HEADERS: readonly string[] = [
  'commitment', 'recommendation', 'requirement', 'condition', 'area for improvement', 'improvement required', ...SCHEME_HEADERS,
];

/**
 * Words a steps header and a date header may share without the date being the steps' ("Next steps"
 * beside "Next review date"): only a noun shared ("Key milestones" and "Milestone date", "Next steps"
 * and "Step due") says the date column dates the steps, not the action's end (stepDatesBesideEnd).
 */
/**
 * Words of a date header naming when the whole action ends ("Go-live date", "Completion date",
 * "Target completion"): beside a column dating each step it is the action's end, read where a row
 * gives no step date, not a rival time frame (stepDatesBesideEnd). Folded as headers are.
 */
export const ACTION_END_WORDS: readonly string[] = ['go live', 'golive', 'live', 'completion', 'complete', 'end', 'finish', 'launch', 'delivery', 'implementation', 'overall'];
export const STEP_QUALIFIER_WORDS: readonly string[] = ['next', 'key', 'further', 'sub', 'and', 'to', 'of', 'for', 'the'];

/**
 * Words of an action header that, beside a column naming the action, name its parts ("Key action |
 * Deliverables 2026/27", "Milestones/deliverables"): the deliverables are that action's next steps, not
 * a rival action column. Alone they are the action (a "Deliverable" plan). Matched as whole words.
 */
export const STEP_ACTION_WORDS: readonly string[] = ['deliverable', 'key deliverable'];

/**
 * Words that make an action header management's answer to a recommendation ("Agreed action",
 * "Management response", "Action agreed"): beside the recommendation it answers, often just
 * "Agreed" or "Agreed – SBS to implement", so the recommendation names what is tracked
 * (recommendationAsAction), and on their own it is the action.
 */
export const RESPONSE_HEADER_WORDS: readonly string[] = ['agreed', 'management', 'response'];
/** Last words of a header that name a recommendation itself ("Recommendation", "Internal audit recommendation"). */
export const RECOMMENDATION_HEADS: readonly string[] = ['recommendation'];

/**
 * Last words of an objective header that, on a sheet naming no action column, name the thing each
 * row is: a quality account's "Quality priority" or an "Improvement priority" with its lead,
 * measure and target date beside it is rated as the action (prioritiesAsActions).
 */
export const ITEM_OBJECTIVE_HEADS: readonly string[] = ['priority'];

/**
 * Words that make a date header the day something happened rather than a deadline, in any
 * wording ("Date action agreed", "Date of incident", "Planned start date"): read as the
 * deadline, the day an action was raised would make every open action overdue. EVENT words
 * give way to a deadline word in the same header ("Agreed target date", "Due meeting");
 * NEVER_DEADLINE words do not ("Actual completion date").
 */
export const EVENT_DATE_WORDS: readonly string[] = [
  'raised', 'opened', 'logged', 'identified', 'recorded', 'reported', 'received', 'agreed', 'added', 'created',
  'approved', 'submitted', 'meeting', 'last', 'reporting', 'closed', 'closure', 'completed',
  // When an inspection or visit took place, or its report came out ("Date of inspection", "Date published"), not when its actions are due.
  'inspection', 'visit', 'published', 'publication', 'issued',
  // When an update was written ("Date of update"): read as the deadline it would make open actions overdue.
  'update', 'updated',
];
/**
 * Words that name a date as the deadline itself. A date header named by what happens on it
 * instead ("Review date", "Milestone date", "Completion date") is the deadline only when no
 * column names one, and beside such a column is not reported as its rival.
 */
export const DEADLINE_NAME_WORDS: readonly string[] = ['target', 'due', 'deadline', 'by', 'when', 'timescale', 'timeframe', 'time', 'revised', 'forecast', 'expected', 'new'];
export const NEVER_DEADLINE_WORDS: readonly string[] = ['start', 'started', 'commenced', 'commencement', 'actual', 'incident'];
/**
 * Words that make a header a measure, not a date, whatever deadline word it starts with: a risk
 * register's "Target risk score" and "Target rating" hold scores, which read as the deadline
 * would be dates in 1900.
 */
export const MEASURE_WORDS: readonly string[] = ['score', 'rating', 'risk', 'grade', 'level'];
/**
 * Words that make a header a measure of what an action should achieve ("KPI / target", "Target measure",
 * "Metric"): its cells are the target ("-310 tCO2e", "ZEV %", "Published"), not a date, and read as the
 * time frame each would be a step no one can date. Unlike MEASURE_WORDS they give way to a date named
 * in the same header (DATE_NAME_WORDS: "KPI target date" is a deadline).
 */
export const INDICATOR_WORDS: readonly string[] = ['kpi', 'measure', 'metric', 'indicator', 'measurement'];
export const DATE_NAME_WORDS: readonly string[] = ['date', 'deadline', 'due', 'when', 'timescale', 'timeframe'];
export const DEADLINE_WORDS: readonly string[] = ['target', 'due', 'deadline', 'by', 'when', 'revised', 'forecast', 'expected', 'completion', 'end', 'new', 'implementation'];

/**
 * Words that join a header's parts rather than qualify its last word: "Progress against
 * milestones" is progress, while "Action lead" is a lead (its last word names it).
 */
export const JOINING_WORDS: readonly string[] = ['of', 'for', 'against', 'with', 'in', 'on', 'by', 'to', 'at', 'from', 'as', 'and', 'or', 'per', 'vs', 'since', 'into', 'the', 'is'];

/**
 * Words naming the executive accountable for an action rather than the lead doing it ("SRO",
 * "Senior Responsible Owner", "Exec sponsor"): beside another lead column they are read into the
 * lead with it (withLeads), never its rival, and the other column is the lead the team chases.
 * Matched as whole words of the header.
 */
export const EXECUTIVE_LEAD_WORDS: readonly string[] = ['sro', 'sponsor', 'senior responsible owner', 'senior responsible officer', 'executive sponsor', 'exec sponsor'];

/**
 * Roles whose columns, named equally well, go to the leftmost: a tracker puts the action's own lead
 * beside it, and a wide export's "Exec | Operational" responsibility comes before its project-wide
 * "Clinical lead", "Finance lead" and "BI lead", whichever synonym each uses.
 */
export const LEFTMOST_ROLES: ReadonlySet<Role> = new Set<Role>(['lead']);

/**
 * First words that make a status header the whole action's ("Overall position", "Corporate
 * update") beside one update column per directorate or site ("Medicine update", "Surgery update"):
 * a part's "Complete" is that part's, and read beside the rest it would close the whole action.
 */
export const OVERALL_STATUS_WORDS: readonly string[] = ['overall', 'corporate', 'trust', 'trustwide', 'combined', 'consolidated', 'summary'];

/**
 * Words of an undated status header that make it the update written afresh each period ("Progress
 * update", "Current position", "Commentary"): beside it, one update dated to a period ("Update (Sept 26)")
 * is an earlier period's (datedUpdates). A "Status" of fixed words ("Implemented / Partly implemented")
 * names none, and beside it the dated update is the only narrative, this period's.
 */
export const CURRENT_UPDATE_WORDS: readonly string[] = ['update', 'progress', 'position', 'commentary', 'comment', 'narrative', 'note'];

/**
 * Words that name the kind of a status column ("<part> update", "Update by directorate: <part>"):
 * status columns sharing one, each qualified by other words ("Medicine update", "Surgery update",
 * "North site position"), are one column per part of the organisation, peers (see peerGroups).
 */
export const PEER_ROLE_WORDS: readonly string[] = [
  'update', 'progress', 'position', 'status', 'rag', 'brag', 'rating', 'comment', 'commentary', 'narrative', 'note',
  'assurance', 'response', 'assessment',
];

/**
 * Words that, qualifying a status column, say when it was written or what or whose view it is,
 * not which part of the organisation it reports on: "Latest update" beside "Previous update" is one
 * update over time (updates.ts), and "Lead RAG" beside "Exec RAG" two views of the whole action.
 */
export const NOT_PART_WORDS: readonly string[] = [
  'latest', 'last', 'previous', 'prior', 'current', 'recent', 'new', 'old', 'original', 'initial', 'interim', 'final',
  'first', 'second', 'third', 'next', 'further', 'earlier', 'later', 'this', 'month', 'monthly', 'quarter', 'quarterly',
  'week', 'weekly', 'year', 'annual', 'date', 'action', 'delivery', 'project', 'programme', 'lead', 'owner', 'exec',
  'executive', 'manager', 'director', 'sro', 'sponsor', 'chair', 'committee', 'board', 'meeting', 'self', 'general',
  'additional', 'other', 'key', 'detailed', 'brief', 'verbal', 'written', 'risk', 'issue', 'mitigation', 'evidence',
];

/**
 * A part's cell saying the action does not apply to it ("N/A"): that part is left out, so the
 * action is complete when the parts it applies to are. A blank cell is a part not reported.
 */
export const NOT_APPLICABLE_WORDS: readonly string[] = ['n/a', 'n.a.', 'n.a', 'na', 'not applicable', 'not relevant', 'does not apply'];

/**
 * An action cell that says there is nothing to do, as an assurance plan writes beside a standard
 * already met ("No action required"): no action to rate. Matched as the whole cell, case folded.
 */
export const NO_ACTION_PHRASES: readonly string[] = [
  'no action required', 'no action needed', 'no action necessary', 'no actions required', 'no further action',
  'no further action required', 'no further actions required', 'none required', 'nothing required', 'no action',
  // "N/A" in the action column says the same as in a directorate's column: nothing applies here.
  ...NOT_APPLICABLE_WORDS,
];

/** Roles where several columns are all read rather than the weaker one reported as a duplicate. */
export const MULTI_COLUMN_ROLES: ReadonlySet<Role> = new Set<Role>(['status']);

/**
 * Roles that rate, date or track an action (or give an ambition its figures): a header row naming
 * none of them, such as a contacts list's "Name | Organisation | Email", has nothing to rate and is
 * no tracker (isTrackerHeader), however well its other columns name an action and a group.
 */
export const TRACKING_ROLES: readonly Role[] = ['lead', 'next_steps', 'timeframe', 'status', 'progress', 'confidence', 'rag_override'];

/** Roles whose absence is worth a data-quality warning (the action role is required outright). */
export const WARN_IF_MISSING: readonly Role[] = ['lead', 'timeframe', 'status'];

/** The product's own output headers: found again on later refreshes and never read as input. */
export const OUTPUT_HEADER_WORDS: Readonly<Record<OutputColumn, string>> = {
  RAG: 'rag',
  'RAG reason': 'rag reason',
  'Meeting focus': 'meeting focus',
  'Next due': 'next due',
  Trend: 'trend',
};

/**
 * A key to the colours under or beside a tracker: a row starting with one of these words (alone
 * or before a colon, "RAG key", "Key: B = complete") ends the actions, and a row naming only a
 * colour in the action column is a line of such a key, not an action called "Amber".
 */
export const LEGEND_WORDS: readonly string[] = ['key', 'legend', 'rag key', 'brag key', 'rag rating key', 'status key', 'colour key', 'rating key'];
export const COLOUR_WORDS: readonly string[] = ['red', 'amber', 'green', 'blue', 'grey', 'gray', 'black', 'purple', 'white', 'yellow'];

/** Labels of a totals row under a tracker ("Total | 20 | 10"): a count, not an action called "Total". */
export const TALLY_WORDS: readonly string[] = ['total', 'totals', 'grand total', 'sub total', 'subtotal', 'overall total'];

/**
 * How a count's label starts ("Total recommendations open | 7", "Number of actions overdue | 3",
 * "No. of open actions"): a row holding only such a label and numbers is a count kept under the
 * tracker, wherever the label sits. Matched at the start of the label, whole words.
 */
export const COUNT_LABEL_STARTS: readonly string[] = ['total', 'totals', 'grand total', 'sub total', 'subtotal', 'number of', 'no of', 'count of', 'sum of'];

/** The product's own sheets, skipped when looking for trackers. */
export const PRODUCT_SHEETS: readonly string[] = ['RAG Settings', 'RAG History', 'RAG Summary'];

/**
 * Words in a sheet's name that make it an archive of finished actions ("Closed actions",
 * "Archive 2023-24", "Completed"): rated beside the live sheets, its old actions would swell the
 * summary's counts and progress, so it is read only when no live sheet holds a tracker.
 */
export const ARCHIVE_SHEET_WORDS: readonly string[] = ['closed', 'completed', 'archive', 'archived', 'done', 'old'];

/**
 * Words of a heading row that only names the status of the rows under it ("OPEN ACTIONS",
 * "CLOSED ACTIONS (retained for 12 months)", "Completed items"): a committee's action log divides
 * its rows so, and such a heading is a divider, not a theme to group Table One by. A heading
 * made only of these (with at least one status word), once its brackets are dropped, is one.
 */
export const DIVIDER_STATUS_WORDS: readonly string[] = [
  'open', 'closed', 'complete', 'completed', 'live', 'current', 'ongoing', 'outstanding', 'archive', 'archived', 'done',
  'active', 'new', 'pending', 'overdue', 'in progress', 'proposed to close', 'carried forward', 'superseded',
];
/** What such a heading calls its rows, and the words joining its status words ("Open and overdue actions"). */
export const DIVIDER_ITEM_WORDS: readonly string[] = ['action', 'actions', 'item', 'items', 'task', 'tasks', 'recommendation', 'recommendations', 'and', 'or'];

/**
 * How the names of NHS and care organisations end: a row above the header holding only one
 * ("Northshire Hospitals NHS Foundation Trust") is the letterhead, and the title row under it
 * names the tracker.
 */
export const ORGANISATION_ENDINGS: readonly string[] = [
  'nhs trust', 'foundation trust', 'integrated care board', 'integrated care system', 'icb', 'ics', 'health board',
  'clinical commissioning group', 'ccg', 'council', 'care partnership', 'primary care network', 'pcn', 'nhs england',
];

/**
 * Words that name the document a tracker is ("… Action Plan", "Recommendations Tracker", "Board
 * action log"): a title row holding one is the tracker's own name, and wins over a row above it
 * naming the organisation or the committee it goes to ("Northshire NHS Trust – Audit Committee").
 * Whole words, plurals folded.
 */
export const DOCUMENT_WORDS: readonly string[] = [
  'plan', 'action plan', 'tracker', 'log', 'register', 'programme', 'strategy', 'recommendation', 'dashboard', 'workplan', 'work programme', 'framework', 'action',
];

/**
 * Labels a group heading may start with, before a colon or dash ("Strategic objective: Urgent and
 * Emergency Care", "Priority – Workforce"): the grouping roles' own header words, and the word a
 * plan's sections go by. Bare, such a label names the column, not the group, and is dropped;
 * numbered ("Objective 2: …") it is how the board refers to the group, and is kept (headingName).
 */
export const HEADING_LABELS: readonly string[] = [
  ...ROLE_SYNONYMS.objective.filter((w) => !GROUP_FALLBACK_HEADERS.includes(w) && !SOURCE_REPORT_HEADERS.includes(w)),
  ...ROLE_SYNONYMS.ambition, ...ROLE_SYNONYMS.strategy, 'section', 'area', 'strategic aim', 'strategic ambition', 'strategic theme', 'strategic goal',
];

/** How far down a sheet the header row may sit (SPEC 2.1). */
export const HEADER_SEARCH_ROWS = 30;

/** A header cell longer than this many words is a title or paragraph, not a column header. */
export const MAX_HEADER_WORDS = 12;

/**
 * Words that rank an action rather than name a group ("Priority: Critical", an audit's "Merits
 * attention"), alone or after a rank ("1 - High"): a Priority column of them is no objective.
 */
export const PRIORITY_LEVEL_WORDS: readonly string[] = [
  'high', 'medium', 'med', 'low', 'very high', 'very low', 'critical', 'urgent', 'essential', 'desirable', 'important',
  'routine', 'major', 'minor', 'moderate', 'significant', 'fundamental', 'merits attention', 'advisory', 'housekeeping',
  'severe', 'extreme', 'catastrophic', 'negligible',
];
/** Words before a rank's number that make it a level ("P1", "Priority 2", "Tier 3"), not a name. */
export const PRIORITY_RANK_WORDS: readonly string[] = ['p', 'priority', 'level', 'tier', 'grade', 'cat', 'category', 'rank'];
