import { stepRule, stepSubject, type StepInput, type StepRule, type StepVerdict } from '../rating';
import type { Settings } from '../settings';
import type { IsoDate, Rating, StatusClass, Timeframe } from '../types';

/*
 * Step verdicts remembered per distinct step. Rows repeat the same few time frames and
 * statuses, so most steps get their verdict (and its reason sentence, shared rather than built
 * again for every row) from here. The keys are small numbers and the strings the rows already
 * hold, whose hashes V8 keeps: one string key built per step would cost more than rating it.
 */

/* Switches rather than lookup tables: a table keyed by several names is one of V8's slow (megamorphic) loads, and these run for every step. */

function statusCode(status: StatusClass): number {
  switch (status) {
    case 'complete':
      return 0;
    case 'on_track':
      return 1;
    case 'at_risk':
      return 2;
    case 'off_track':
      return 3;
    case 'not_started':
      return 4;
    case 'unknown':
      return 5;
  }
}

function overrideCode(override: Rating | null): number {
  switch (override) {
    case null:
      return 0;
    case 'complete':
      return 1;
    case 'green':
      return 2;
    case 'amber':
      return 3;
    case 'red':
      return 4;
    case 'not_rated':
      return 5;
  }
}

/** How many more verdicts the caches of one refresh may hold, so memory stays bounded on huge sheets. */
export interface VerdictBudget {
  left: number;
}

/** A step as {@link TimeframeReading.rate} takes it: a StepInput without the time frame it already has. */
export type StepFacts = Omit<StepInput, 'timeframe'>;

/** How many rule codes there are (ruleCode's range): the step and flat codes multiply by it, and flatCode's stay small integers (under 2^31). */
const RULE_CODES = 384;

/**
 * What the rules read besides the time frame, as one number: status (an unknown one told apart
 * by whether there was an update at all, `silent`), override, re-dating, whether a time frame
 * was written, and whether the status came from % complete alone.
 * @example ruleCode('on_track', null, false, false) // 48
 * @example ruleCode('unknown', null, false, false, false, true) // 288
 */
export function ruleCode(status: StatusClass, override: Rating | null, redated: boolean, undated: boolean, started = false, silent = false, late = false): number {
  // An open status with a forecast after the deadline (`late`) is rated apart: one more value of `said`.
  const said = late ? 7 : silent && status === 'unknown' ? 6 : statusCode(status);
  return ((((said * 6 + overrideCode(override)) * 2 + (redated ? 1 : 0)) * 2 + (undated ? 1 : 0)) * 2) + (started ? 1 : 0);
}

/** The rule code and the step's position, as one number (exact: far below 2^53). */
function stepCode(rule: number, index: number, count: number): number {
  return (index * 65_536 + count) * RULE_CODES + rule;
}

/**
 * A listed step's text (by its entry's number), position and rule as one small integer, which
 * V8 keys a Map by without boxing; -1 past the first 65,536 entries or eight steps, which
 * {@link stepCode} keys by text instead. Steps 1..n of an n-step action follow those of shorter ones.
 */
function flatCode(textId: number, rule: number, index: number, count: number): number {
  if (textId < 0 || textId >= 65_536 || count > 8) return -1;
  return (textId * 64 + ((count * (count - 1)) >> 1) + index - 1) * RULE_CODES + rule;
}

/**
 * A time-frame text as one refresh reads it: its parse, and the verdicts of the steps that
 * carry it. A step's rating and focus follow from its rule alone (ruleAt); its text matters
 * only to the reason, which quotes it ("step 2 of 3 …") when the action has several steps: a
 * lone step is "the action" whatever its text, so lone steps share reasons widely, and a
 * listed step's new reason only names the step in a known rule. Reasons are kept as the
 * strings themselves, so a step built from the cache copies them without reading them.
 * @example
 * const reading = new TimeframeReading(parseTimeframe('Mid Nov', asOf), settings, { left: 1000 });
 * reading.rate(facts).reason === reading.rate({ ...facts }).reason // true: the same sentence, built once
 */
export class TimeframeReading {
  /** By rule code: an array, not a Map, as the codes are small numbers. */
  private readonly rules: (StepRule | undefined)[] = [];
  /** A lone step's reason depends on its rule alone, so these are by rule code too. */
  private readonly lone: (string | undefined)[] = [];
  private readonly listed = new Map<string, Map<number, string>>();
  /** Listed steps by {@link flatCode}: one lookup where `listed` takes two. */
  private readonly flat = new Map<number, string>();

  constructor(
    readonly timeframe: Timeframe,
    private readonly settings: Settings,
    private readonly budget: VerdictBudget,
    /** The deadline the time frame says it replaced (replacedDeadline): one per text, as the verdicts are. */
    readonly replaced: IsoDate | null = null,
  ) {}

  /** rateStep for a step whose time-frame text (or none) is the one this reading was made from. */
  rate(step: StepFacts): StepVerdict {
    const silent = step.silent === true;
    const late = step.late === true;
    const code = ruleCode(step.status, step.override, step.statusRedated, step.timeframeText === null, false, silent, late);
    const rule = this.ruleAt(code, step.timeframeText, step.status, step.statusRedated, step.override, false, silent, late);
    return { rating: rule.rating, focus: rule.focus, reason: this.reasonAt(code, rule, step.text, -1, step.index, step.count) };
  }

  /** The rule of SPEC 5.1 for a step with rule code `code` ({@link ruleCode} of the other facts). */
  ruleAt(code: number, timeframeText: string | null, status: StatusClass, statusRedated: boolean, override: Rating | null, started = false, silent = false, late = false): StepRule {
    let rule = this.rules[code];
    if (rule === undefined) {
      rule = stepRule({ timeframe: this.timeframe, timeframeText, status, statusRedated, override, replaced: this.replaced, started, silent, late }, this.settings);
      this.rules[code] = rule;
    }
    return rule;
  }

  /**
   * The reason of step `index` of `count` under `rule` (its code `code`), from the cache when
   * a step like it has been rated: every step of every row asks. `textId` numbers the step's
   * text (-1 for none), so a listed step is found by one number.
   */
  reasonAt(code: number, rule: StepRule, text: string, textId: number, index: number, count: number): string {
    const lone = count <= 1;
    const flat = lone ? -1 : flatCode(textId, code, index, count);
    const key = lone ? code : flat >= 0 ? flat : stepCode(code, index, count);
    const known = lone ? this.lone[key] : flat >= 0 ? this.flat.get(key) : this.listed.get(text)?.get(key);
    if (known !== undefined) return known;
    const reason = rule.reason(stepSubject(text, index, count));
    if (this.budget.left > 0) {
      this.budget.left -= 1;
      if (lone) this.lone[key] = reason;
      else if (flat >= 0) this.flat.set(flat, reason);
      else this.remember(text, key, reason);
    }
    return reason;
  }

  private remember(text: string, key: number, reason: string): void {
    let byCode = this.listed.get(text);
    if (byCode === undefined) this.listed.set(text, (byCode = new Map()));
    byCode.set(key, reason);
  }
}
