import type { Settings } from '../settings';
import type { Action, Group } from '../types';
import { measuresOf } from './measures';
import { Tally } from './tally';

function keyOf(text: string | null): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Adds an action's supporting strategies to those seen so far (by lower case), first seen first. */
function addStrategies(seen: Map<string, string>, strategy: string | null): void {
  // Most actions name no strategy: skip them without splitting.
  if (strategy === null || strategy === '') return;
  for (const item of strategy.split(/[,;\n]+/)) {
    const name = item.replace(/\s+/g, ' ').trim();
    if (name !== '' && !seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
}

/**
 * The distinct supporting strategies of a group's actions. Board papers list several per
 * cell ("People, Quality, Digital"), so items are split and de-duplicated, first seen first.
 * @example strategyOf([{ strategy: 'People, Quality' }, { strategy: 'people; Estates' }]) // 'People, Quality, Estates'
 */
export function strategyOf(actions: readonly Pick<Action, 'strategy'>[]): string | null {
  const seen = new Map<string, string>();
  // forEach: a for-of run once over a whole sheet may finish unoptimised, allocating per element.
  actions.forEach((action) => addStrategies(seen, action.strategy));
  return seen.size === 0 ? null : [...seen.values()].join(', ');
}

/** One roll-up group while its actions are added. */
class GroupTally {
  readonly tally: Tally;
  private readonly strategies = new Map<string, string>();

  constructor(
    readonly objective: string | null,
    readonly ambition: string | null,
    private readonly settings: Settings,
    givenFigures: boolean,
  ) {
    this.tally = new Tally(settings, givenFigures);
  }

  add(action: Action): void {
    this.tally.add(action);
    addStrategies(this.strategies, action.strategy);
  }

  group(figures: boolean): Group {
    const strategy = this.strategies.size === 0 ? null : [...this.strategies.values()].join(', ');
    return { objective: this.objective, ambition: this.ambition, ...measuresOf(this.tally, this.settings, figures), trend: null, strategy };
  }
}

interface Bucket {
  /** The objective's total; for actions without one, shown only beside other objectives (else it is the overall group again). */
  total: GroupTally;
  ambitions: Map<string, GroupTally>;
}

/**
 * The roll-up groups of SPEC 5.3, built as actions are added (in sheet order), so a chunked
 * analysis rolls up each chunk while it is fresh rather than walking every action again at
 * the end. {@link rollup} is this over a finished list.
 * @example
 * const groups = new Rollup(defaultSettings('2023-09-30'));
 * for (const action of actions) groups.add(action);
 * groups.groups().at(-1)?.actions // actions.length
 */
export class Rollup {
  private readonly buckets = new Map<string | null, Bucket>();
  private readonly overall: GroupTally;
  /** The last action's bucket and ambition group: objectives and ambitions run down a sheet in blocks. */
  private last: { objective: string | null; bucket: Bucket; ambition: string | null; entry: GroupTally | null } | null = null;

  /** `givenFigures`: the actions are a Table One's ambitions, whose own figures stand (see Tally). */
  constructor(
    private readonly settings: Settings,
    private readonly givenFigures = true,
  ) {
    this.overall = new GroupTally(null, null, settings, givenFigures);
  }

  add(action: Action): void {
    const objective = keyOf(action.objective);
    const ambition = keyOf(action.ambition);
    let last = this.last;
    if (last === null || last.objective !== objective) {
      let bucket = this.buckets.get(objective);
      if (bucket === undefined) {
        bucket = { total: new GroupTally(objective, null, this.settings, this.givenFigures), ambitions: new Map() };
        this.buckets.set(objective, bucket);
      }
      this.last = last = { objective, bucket, ambition: null, entry: null };
    }
    last.bucket.total.add(action);
    if (ambition !== null) {
      if (last.ambition !== ambition || last.entry === null) {
        let entry = last.bucket.ambitions.get(ambition);
        if (entry === undefined) last.bucket.ambitions.set(ambition, (entry = new GroupTally(objective, ambition, this.settings, this.givenFigures)));
        last.ambition = ambition;
        last.entry = entry;
      }
      last.entry.add(action);
    }
    this.overall.add(action);
  }

  /**
   * The groups so far, in sheet order: for each objective (first seen first) its ambitions,
   * then the objective's total, and the overall group last. Actions without an objective lead
   * (sort is stable), totalled when other objectives exist: they are the rows above a sheet's
   * first group heading, which no objective total would otherwise count. It pauses after every
   * `every` groups, for a caller that must yield while a sheet with thousands of groups finishes.
   */
  *finish(every = Infinity): Generator<void, Group[], undefined> {
    const groups: Group[] = [];
    // Decided once for the sheet, so every level is the same mean and no row falls back to ratings.
    const figures = this.overall.tally.given;
    const buckets = [...this.buckets.values()].sort((a, b) => Number(a.total.objective !== null) - Number(b.total.objective !== null));
    for (const bucket of buckets) {
      for (const entry of [...bucket.ambitions.values(), bucket.total]) {
        if (entry.objective === null && entry.ambition === null && buckets.length === 1) continue;
        groups.push(entry.group(figures));
        if (groups.length % every === 0) yield;
      }
    }
    groups.push(this.overall.group(figures));
    return groups;
  }
}

/**
 * The roll-up groups of SPEC 5.3 in sheet order: for each objective (first seen first) its
 * ambitions then the objective's total, and the overall group last. Actions without an
 * objective lead, with a total (objective and ambition null) only beside other objectives,
 * since alone it would be the overall group again. Trend is left for the caller, who holds
 * the history.
 * @example rollup([], defaultSettings('2023-09-30')).map((g) => g.objective) // [null]
 */
export function rollup(actions: readonly Action[], settings: Settings): Group[] {
  const groups = new Rollup(settings);
  actions.forEach((action) => groups.add(action));
  const finishing = groups.finish();
  for (;;) {
    const step = finishing.next();
    if (step.done === true) return step.value;
  }
}
