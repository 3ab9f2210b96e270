import { stepRule, stepSubject, type StepInput, type StepRule, type StepVerdict } from '../rating';
import type { Settings } from '../settings';
import type { Rating, StatusClass, Timeframe } from '../types';

/*
 * Step verdicts remembered per distinct step. Rows repeat the same few time frames and
 * statuses, so most steps get their verdict (and its reason sentence, shared rather than built
 * again for every row) from here. The keys are small numbers and the strings the rows already
 * hold, whose hashes V8 keeps: one string key built per step would cost more than rating it.
 */

const STATUS_CODE: Readonly<Record<StatusClass, number>> = { complete: 0, on_track: 1, at_risk: 2, off_track: 3, not_started: 4, unknown: 5 };
const OVERRIDE_CODE: Readonly<Record<Rating, number>> = { complete: 1, green: 2, amber: 3, red: 4, not_rated: 5 };

/** How many more verdicts the caches of one refresh may hold, so memory stays bounded on huge sheets. */
export interface VerdictBudget {
  left: number;
}

/** A step as {@link TimeframeReading.rate} takes it: a StepInput without the time frame it already has. */
export type StepFacts = Omit<StepInput, 'timeframe'>;

/** What the rules read besides the time frame, as one number: status, override, re-dating, and whether a time frame was written. */
function ruleCode(s: StepFacts): number {
  const override = s.override === null ? 0 : OVERRIDE_CODE[s.override];
  return (((STATUS_CODE[s.status] * 6 + override) * 2 + (s.statusRedated ? 1 : 0)) * 2) + (s.timeframeText === null ? 1 : 0);
}

/** The rule code and the step's position, as one number (exact: far below 2^53). */
function stepCode(s: StepFacts): number {
  return (s.index * 65_536 + s.count) * 144 + ruleCode(s);
}

/**
 * A time-frame text as one refresh reads it: its parse, and the verdicts of the steps that
 * carry it. A step's text matters only to the reason, which quotes it ("step 2 of 3 …") when
 * the action has several steps: a lone step is "the action" whatever its text, so lone steps
 * share verdicts widely, and a listed step's new verdict only names the step in a known rule.
 * @example
 * const reading = new TimeframeReading(parseTimeframe('Mid Nov', asOf), settings, { left: 1000 });
 * reading.rate(facts) === reading.rate({ ...facts }) // true: the same verdict object
 */
export class TimeframeReading {
  /** By rule code: an array, not a Map, as the codes are small numbers. */
  private readonly rules: (StepRule | undefined)[] = [];
  /** A lone step's verdict depends on its rule alone, so these are by rule code too. */
  private readonly lone: (StepVerdict | undefined)[] = [];
  private readonly listed = new Map<string, Map<number, StepVerdict>>();

  constructor(
    readonly timeframe: Timeframe,
    private readonly settings: Settings,
    private readonly budget: VerdictBudget,
  ) {}

  /** rateStep for a step whose time-frame text (or none) is the one this reading was made from. */
  rate(step: StepFacts): StepVerdict {
    const lone = step.count <= 1;
    const key = lone ? ruleCode(step) : stepCode(step);
    const known = lone ? this.lone[key] : this.listed.get(step.text)?.get(key);
    if (known !== undefined) return known;
    const { rating, focus, reason } = this.rule(step);
    const verdict = { rating, focus, reason: reason(stepSubject(step.text, step.index, step.count)) };
    if (this.budget.left > 0) {
      this.budget.left -= 1;
      this.remember(step, key, verdict);
    }
    return verdict;
  }

  private rule(step: StepFacts): StepRule {
    const key = ruleCode(step);
    let rule = this.rules[key];
    if (rule === undefined) {
      rule = stepRule({ ...step, timeframe: this.timeframe }, this.settings);
      this.rules[key] = rule;
    }
    return rule;
  }

  private remember(step: StepFacts, key: number, verdict: StepVerdict): void {
    if (step.count <= 1) {
      this.lone[key] = verdict;
      return;
    }
    let byCode = this.listed.get(step.text);
    if (byCode === undefined) this.listed.set(step.text, (byCode = new Map()));
    byCode.set(key, verdict);
  }
}
