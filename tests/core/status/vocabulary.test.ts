import { classifyStatus } from '../../../src/core/status';
import { phraseClass, phraseKey } from '../../../src/core/status/phrases';
import type { StatusClass } from '../../../src/core/types';
import { IGNORED_PHRASES, RETRACTION_PHRASES, STATUS_PHRASES } from '../../../src/core/vocabulary/status';
import { REDATED_PHRASES, REMAINING_PHRASES, WHOLE_ENTRY_WORDS } from '../../../src/core/vocabulary/statusWords';
import type { StatusSignal } from '../../../src/core/vocabulary/status';

const classes = Object.keys(STATUS_PHRASES) as StatusSignal[];

/** SPEC 4's default vocabulary, verbatim. */
const SPEC_TABLE: Record<StatusSignal, string[]> = {
  complete: ['completed', 'complete', 'done', 'delivered', 'achieved', 'closed', 'finished', 'implemented', 'in place', 'signed off', 'proposed for closure'],
  on_track: ['on track', 'on target', 'on schedule', 'in progress', 'underway', 'under way', 'progressing', 'green'],
  at_risk: ['delayed', 'slipped', 'slippage', 'at risk', 'behind', 'some issues', 'partially', 'deadlines adjusted', 'revised date', 'rescheduled', 'deferred', 'amber', 'paused', 'on hold'],
  off_track: ['off track', 'not on track', 'not on target', 'significant risk', 'stalled', 'blocked', 'missed', 'not achieved', 'overdue', 'red'],
  not_started: ['not started', 'not yet started', 'has not commenced', 'work has not commenced', 'to start', 'not begun'],
};

describe('the status vocabulary (data)', () => {
  it.each(classes)('holds every SPEC 4 phrase for %s', (status) => {
    for (const phrase of SPEC_TABLE[status]) expect(phraseClass(phrase)).toBe(status);
  });

  it('never lists one phrase under two meanings', () => {
    const seen = new Map<string, string>();
    const note = (phrase: string, meaning: string) => {
      const key = phraseKey(phrase);
      const before = seen.get(key);
      if (before !== undefined && before !== meaning) throw new Error(`"${phrase}" is both ${before} and ${meaning}`);
      seen.set(key, meaning);
    };
    for (const status of classes) for (const phrase of STATUS_PHRASES[status]) note(phrase, status);
    for (const phrase of RETRACTION_PHRASES) note(phrase, 'retraction');
    for (const phrase of IGNORED_PHRASES) note(phrase, 'ignored');
    for (const phrase of REMAINING_PHRASES) note(phrase, 'remaining');
    expect(seen.size).toBeGreaterThan(100);
  });

  it('writes phrases in lower case with single spaces, so the data reads the way it matches', () => {
    const all = [...Object.values(STATUS_PHRASES).flat(), ...RETRACTION_PHRASES, ...IGNORED_PHRASES, ...REMAINING_PHRASES, ...REDATED_PHRASES];
    for (const phrase of all) expect(phrase).toMatch(/^[a-z]+(?: [a-z]+)*$/);
  });

  it.each(classes)('classifies each %s phrase as that class when it is the whole cell', (status) => {
    // Round 17: a phrase that is also a whole-entry word alone reads as that word (next test): "Not met" alone is an open standard.
    for (const phrase of STATUS_PHRASES[status].filter((p) => !(p in WHOLE_ENTRY_WORDS))) expect([phrase, classifyStatus(phrase)]).toEqual([phrase, status]);
  });

  it('classifies each whole-entry word as its class, in any case', () => {
    for (const [word, status] of Object.entries(WHOLE_ENTRY_WORDS)) {
      expect([word, classifyStatus(word.toUpperCase())]).toEqual([word, status as StatusClass]);
    }
  });
});
