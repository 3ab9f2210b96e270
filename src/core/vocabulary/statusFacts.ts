import type { StatusClass } from '../types';
import { SETBACK_FACTS } from './statusSetbacks';

/*
 * Round 33's vocabulary (SPEC 4, status/facts.ts): facts a tracker states plainly, with no status word. An action
 * closed by a decision or folded into another; an event in the past that is the work done ("Backlog cleared",
 * "Contract novated"); and bad news told as facts ("Go-live date passed without go-live", "Offer withdrawn", "Will not
 * go ahead"). Phrases are lower case; the words of a phrase are joined by spaces, as in ./status.
 */

/** Status phrases of round 33, by class, spread into STATUS_PHRASES (./status). */
export const FACT_PHRASES = {
  complete: [
    // Closed by a decision, as "withdrawn" and "no longer required" are: the action is no longer open work.
    'decision not to proceed', 'decision taken not to proceed', 'decision made not to proceed', 'agreed not to proceed',
    'decided not to proceed', 'agreed not to pursue', 'decided not to pursue', 'decision not to pursue',
    // Folded into other work or reporting: closed here (SPEC 4, "merged with action").
    'merged with', 'merged into', 'amalgamated with', 'amalgamated into', 'remove from this plan', 'remove from plan',
    'remove from the plan', 'remove from this tracker', 'remove from tracker', 'removed from this plan', 'removed from the plan',
    'now reported through', 'now reported via', 'now reported to', 'now monitored through', 'now monitored via',
    'now monitored by', 'now overseen by', 'now managed through', 'now managed via',
    // Events that are the work itself done.
    'condition discharged', 'conditions discharged', 'novated', 'contract novated', 'claims settled', 'all claims settled',
    'settled and paid', 'now digitised', 'all digitised', 'fully digitised', 're opened to admissions', 're opened to patients',
    're opened to the public', 'opened to admissions', 'operating from new premises', 'now operating from',
  ],
  on_track: [
    'delivery confidence high', 'delivery confidence is high', 'high delivery confidence', 'confidence high',
    'favourable to plan', 'favourable against plan', 'ahead of plan',
  ],
  at_risk: [
    ...SETBACK_FACTS,
    'delivery confidence low', 'delivery confidence is low', 'low delivery confidence', 'confidence low', 'delivery confidence medium',
    'adverse to plan', 'adverse against plan', 'resubmission required', 'resubmission requested', 'resubmission needed',
    're submission required', 'to be resubmitted', 'needs resubmitting', 'replacement not yet appointed',
    'replacement not appointed', 'not yet replaced', 'no replacement yet', 'waiting list increased', 'waiting list has increased',
    'waiting list increasing', 'waiting list growing', 'waiting list has grown', 'waits increased', 'waits increasing',
    'waits have increased', 'waits lengthening', 'waits growing',
    // Problems stated as facts: a plan missing, a check failed, a supply or service hit, a contract not renewed.
    'no plan agreed', 'no migration plan agreed', 'no plan in place', 'no agreed plan', 'no agreed date', 'not satisfied with',
    're test required', 're testing required', 'retest required', 'continue to impact', 'continues to impact',
    'continuing to impact', 'unrecruited', 'underspend forecast', 'not yet signed up', 'not signed up',
    'cancelled by provider', 'cancelled by the provider', 'serious incident declared',
    'deductions applied', 'performance deductions', 'past review date', 'past their review date', 'beyond review date',
  ],
  off_track: [
    // A date gone by without the event, or the event called off.
    'came and went', 'no new date set', 'no new date agreed', 'no revised date', 'no revised date set',
    'will not go ahead', 'not going ahead', 'wont go ahead', 'did not go ahead', 'didnt go ahead', 'didnt happen', 'did not happen',
    'never happened',
    // An offer, funding or approval taken back; a supplier giving notice to end the contract.
    'withdrawn the offer', 'withdrew the offer', 'withdrawn its offer', 'withdrew its offer', 'offer withdrawn',
    'offer has been withdrawn', 'offer was withdrawn', 'funding withdrawn', 'funding has been withdrawn', 'funding was withdrawn',
    'allocation withdrawn', 'capital withdrawn', 'approval withdrawn', 'support withdrawn', 'withdrawn funding', 'withdrew funding',
    'no alternative identified',
    'no alternative supplier', 'withdrawn from market', 'withdrawn from the market', 'no recovery trajectory', 'no recovery plan',
    'notice to terminate', 'notice of termination', 'termination notice', 'served notice', 'handed back the contract',
  ],
} as const;

/** Verbs of an event done that, followed by its date or occasion, are the work done: "Staff awards ceremony held 20 Nov". */
export const DATED_DONE_VERBS: readonly string[] = [
  'held', 'opened', 'reopened', 're opened', 'sent', 'submitted', 'paid', 'settled', 'cleared', 'discharged', 'novated',
  'relocated', 'circulated', 'distributed', 'signed', 'ratified', 'hosted', 'staged',
];

/** Past verbs after "all"/"100% of …" that are not the work done: asked or planned, not carried out. */
export const NOT_DONE_VERBS: readonly string[] = [
  'asked', 'invited', 'reminded', 'requested', 'needed', 'required', 'expected', 'planned', 'scheduled', 'booked', 'affected',
  'impacted', 'delayed', 'behind', 'chased', 'contacted', 'notified', 'informed', 'identified', 'involved',
];

/** Tracker shorthand read only as a whole cell: "Comp.", "O/T", "In prog", "N/S", "O/D". */
export const SHORTHAND_WORDS: Readonly<Record<string, StatusClass>> = {
  // Not "OT", "IP" or "NS" unslashed: as often occupational therapy, inpatient or a name (round 20).
  comp: 'complete', compl: 'complete', cmplt: 'complete', 'o t': 'on_track',
  'in prog': 'on_track', 'in progr': 'on_track', 'n s': 'not_started', 'not st': 'not_started',
  'o d': 'off_track', 'o due': 'off_track', 'ovrdue': 'off_track',
};
