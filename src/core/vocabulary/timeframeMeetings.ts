/*
 * The words board and committee action logs name meetings in ("Feb Board 23", "Next QSC",
 * "Part 2 Board - March"), lower case, and the words the calendar is matched on. The parser
 * builds its patterns from these lists once, at module load.
 */

/** Words that name a meeting ("Feb Board 23", "January ELG meeting"). */
export const MEETING_WORDS: readonly string[] = [
  'board', 'boards', 'meeting', 'meetings', 'committee', 'subcommittee', 'sub-committee', 'group', 'panel',
  'forum', 'elg', 'council', 'assembly', 'agm', 'cabinet', 'governors', 'governing body', 'directors',
  'cttee', 'ctte', 'seminar', 'session', 'workshop', 'team',
  // The committees NHS trusts and ICBs name by their initials ("Jan QSC", "F&P - Feb 24", "ELT Jan", "CoG March").
  'qsc', 'qac', 'qgc', 'sqc', 'qpc', 'fpc', 'f&p', 'fic', 'arc', 'pcc', 'elt', 'emt', 'slt', 'smt', 'cog', 'psqc',
  'cgc', 'remcom', 'nomcom', 'ftsu', 'qsg', 'psc', 'rac', 'pcb', 'icb', 'omt',
  // Two-letter and joined initials ("Next QC", "Dec ET", "Q&S Jan"): only a month or "next" beside them makes them a meeting.
  'qc', 'et', 'q&s',
  // The executive team's meeting as logs name it ("Next Exec", "Dec Execs", "ExCo"), and an ICB's PCCC.
  'exec', 'execs', 'exco', 'pccc',
];

/** Meeting words too general to tell one meeting from another when matching the calendar. */
export const GENERIC_MEETING_WORDS: readonly string[] = [
  'meeting', 'meetings', 'the', 'next', 'a', 'an', 'available', 'scheduled', 'upcoming', 'forthcoming', 'following',
  'subsequent', 'formal', 'but', 'one',
];

/**
 * Words for the kind of body, not which one: "Feb committee" may be any committee that month,
 * but "Feb People Committee" only the People Committee, so these never make a calendar match alone.
 */
export const MEETING_TYPE_WORDS: readonly string[] = [
  'committee', 'subcommittee', 'sub', 'cttee', 'ctte', 'group', 'panel', 'forum', 'team', 'session', 'seminar',
  'workshop',
];

/**
 * Words for a board's informal sessions, where no reports are received: a calendar's "Board
 * Seminar" is no "Board" a cell names, and "Board development session" is no formal Board.
 */
export const INFORMAL_MEETING_WORDS: readonly string[] = [
  'seminar', 'seminars', 'workshop', 'development session', 'development day', 'away day', 'awayday', 'briefing',
  'training', 'informal',
];

/**
 * Words for the organisation, not the body: a trust's calendar may list "Board of Directors"
 * or "THT Board" for the cell's "Trust Board". They still count towards initials ("NHSE").
 */
export const MEETING_ORG_WORDS: readonly string[] = ['trust', 'trusts', 'nhs', 'ft', 'foundation', 'directors', 'main', 'full'];

/**
 * The public and private halves of a board's meetings (Part 1 is held in public, Part 2 in
 * private): a cell naming one half never resolves to a calendar meeting of the other.
 */
export const MEETING_SIDE_WORDS: Readonly<Record<string, 'public' | 'private'>> = {
  public: 'public', 'in public': 'public', open: 'public', 'part 1': 'public', 'part one': 'public',
  'part i': 'public', 'part a': 'public', private: 'private', 'in private': 'private', confidential: 'private',
  closed: 'private', 'part 2': 'private', 'part two': 'private', 'part ii': 'private', 'part b': 'private',
};

/** Words that cannot sit between a month and a meeting word ("End of March for April Board"). */
export const MEETING_STOP_WORDS: readonly string[] = [
  'to', 'for', 'at', 'and', 'or', 'the', 'be', 'then', 'after', 'before', 'by', 'of', 'in', 'on', 'with', 'from',
  'take', 'place', 'is', 'are', 'will', 'was',
];

/** Words that may join the words of a meeting's name ("Council of Governors", "Finance and Performance Committee"). */
export const MEETING_JOIN_WORDS: readonly string[] = ['of', 'and', '&'];

/** Words for "the next one" ("next meeting", "the next Board"). */
export const NEXT_WORDS: readonly string[] = ['next', 'the next', 'upcoming', 'the upcoming', 'forthcoming'];

/**
 * Words for the meeting that follows this one, which is the next one when the log is read
 * ("Following Board"); only with nothing after the meeting, since "Following Board approval" is a dependency.
 */
export const FOLLOWING_WORDS: readonly string[] = ['following', 'the following', 'subsequent', 'the subsequent'];

/** Words that skip the next meeting for the one after ("Next but one Board", "Board after next"). */
export const SECOND_NEXT_WORDS: readonly string[] = ['next but one', 'the next but one'];
export const AFTER_NEXT_WORDS: readonly string[] = ['after next', 'after the next', 'after the next one'];

/**
 * Reports a committee action log asks for at a month's meeting ("Verbal update Dec", "Report to
 * Jan", "Paper to the March"): the month names the meeting the report goes to, not a deadline
 * at the month's end.
 */
export const REPORT_WORDS: readonly string[] = [
  'verbal update', 'verbal report', 'update', 'progress update', 'report', 'progress report', 'report back', 'paper',
  'presentation', 'feedback',
];

/**
 * Two letters that are a word or a common abbreviation before they are a meeting's initials
 * ("Dec PM" is an afternoon or a person, "w/c" typed "WC", "IT" the department): never read as
 * the two-letter initials of a calendar meeting's name ("EPR Project Management").
 */
export const NOT_MEETING_INITIALS: readonly string[] = [
  'am', 'pm', 'ok', 'nb', 'tc', 'hr', 'it', 'uk', 'eu', 'us', 'wc', 'eg', 'ie', 'gp', 'ae', 'ed', 'ct', 'mr', 'ms',
  'dr', 'ot', 'pt', 'id', 'ps', 're', 'cc', 'vs', 'na', 'hq', 'ip', 'op', 'an', 'as', 'at', 'be', 'by', 'do', 'go',
  'he', 'if', 'in', 'is', 'me', 'my', 'no', 'of', 'on', 'or', 'so', 'to', 'up', 'we',
];
