import { defaultSettings, type Settings } from '../../../src/core/settings';
import type { StepInput } from '../../../src/core/rating/step';
import type { IsoDate, Timeframe, TimeframeKind } from '../../../src/core/types';

/** A parsed time frame as the time-frame parser would hand it over. */
export function due(end: IsoDate | null, kind: TimeframeKind = end === null ? 'tbc' : 'date', redated = false): Timeframe {
  return { kind, start: end, end, redated };
}

/** A step with nothing said about it but what the test names. */
export function step(fields: Partial<StepInput> = {}): StepInput {
  return {
    text: 'Interviews',
    timeframe: due('2023-01-05'),
    timeframeText: '5/1/23',
    status: 'unknown',
    statusRedated: false,
    override: null,
    index: 1,
    count: 1,
    ...fields,
  };
}

/** Settings at the seed 004 report date, with or without the December ELG meeting. */
export function at(asOf: IsoDate, extra: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(asOf), ...extra };
}

export const ELG_DECEMBER = { date: '2022-12-14', name: 'ELG December 22' };
