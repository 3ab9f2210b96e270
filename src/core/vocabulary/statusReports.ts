/*
 * What performance reports and contract management write (SPEC 4, round 32, from a fresh reviewer's misreads): a
 * target "not being met", "no improvement", a contract lapsed, a notice served on a supplier (a problem being
 * managed, not the work done), an extension asked for (slippage, as one granted is), and completions said in other
 * words ("decommissioned", "completion confirmed"). Spread into ./status's STATUS_PHRASES.
 */

/** Notices and plans a commissioner serves on a supplier that is failing: the problem is being managed. */
const SUPPLIER_NOTICES: readonly string[] = [
  'performance notice', 'performance notices', 'contract performance notice', 'warning notice', 'warning notices',
  'breach notice', 'breach notices', 'contract query notice', 'contract query', 'default notice', 'improvement notice',
  'improvement notices', 'remedial action plan', 'remedial plan', 'failing',
];

/** Asking for more time is slippage, as an extension granted is ("Recommend extension to March 27"). */
const EXTENSION_ASKED: readonly string[] = ['recommend', 'recommended', 'request', 'requesting', 'requested', 'propose', 'proposed', 'seeking', 'seek']
  .flatMap((verb) => [`${verb} extension`, `${verb} an extension`, `${verb} a further extension`, `${verb} further extension`])
  .concat(['extension request', 'extension sought', 'extension proposed', 'extension recommended']);

/** Deliverables with a deadline of their own, not delivered by it ("Gender pay gap report not published by statutory deadline"). */
const MISSED_BY = ['submitted', 'published', 'completed', 'delivered', 'received', 'returned', 'filed', 'signed off', 'approved'];
const DEADLINES = ['deadline', 'the deadline', 'statutory deadline', 'the statutory deadline', 'due date', 'the due date', 'the required date'];
const NOT_BY_DEADLINE: readonly string[] = MISSED_BY.flatMap((verb) =>
  DEADLINES.flatMap((by) => [`not ${verb} by ${by}`, `not ${verb} within ${by}`, `not ${verb} before ${by}`]),
);

/** One period's level met ("achieved for the month"): the standing target on track, not the action closed. */
const ONE_PERIOD: readonly string[] = ['for the month', 'this month', 'in month', 'in the month', 'for the quarter', 'this quarter', 'in quarter', 'for the week', 'this week', 'for the period'];
const PERIOD_MET: readonly string[] = ['', 'target ', 'standard ', 'trajectory ', 'ambition '].flatMap((what) =>
  ['achieved', 'met', 'delivered', 'exceeded'].flatMap((verb) => ONE_PERIOD.map((p) => `${what}${verb} ${p}`)),
);

export const REPORT_PHRASES = {
  complete: [
    'decommissioned', 'completion confirmed', 'bau now', 'business as usual now', 'established in all',
    'reviewed and in date', 'all in date',
  ],
  on_track: [
    ...PERIOD_MET, 'w i timescale', 'w i timescales', 'w i timeframe', 'all good', 'sessions scheduled', 'sessions booked',
    'dates scheduled', 'dates booked',
  ],
  at_risk: [
    ...SUPPLIER_NOTICES, ...EXTENSION_ASKED, 'not yet met', 'worsened', 'worsening', 'deteriorated',
    'deteriorating', 'dipped', 'demand exceeding capacity', 'demand exceeds capacity', 'demand outstripping capacity',
    'demand outstrips capacity', 'waits rising', 'waits increasing', 'waiting times rising', 'waiting times increasing',
    'backlog rising', 'backlog increasing', 'corridor care in use', 'critical incident declared',
    'below expected', 'below expectation', 'below expectations', 'only one compliant bid', 'no compliant bids',
    'no compliant bid', 'no bids received', 'chasing', 'being chased', 'no contract in place', 'limited assurance',
  ],
  not_started: ['not yet commissioned', 'yet to be commissioned'],
  off_track: [
    ...NOT_BY_DEADLINE, 'not being met', 'not being achieved', 'not being delivered', 'no improvement', 'not improving',
    'not reducing', 'no reduction', 'lapsed', 'contract lapsed', 'none completed within', 'none completed in',
    'none seen within', 'none delivered within',
  ],
} as const;

