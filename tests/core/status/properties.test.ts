import fc from 'fast-check';
import { classifyStatus, readStatus } from '../../../src/core/status';
import type { StatusClass } from '../../../src/core/types';

const CLASSES: readonly StatusClass[] = ['complete', 'on_track', 'at_risk', 'off_track', 'not_started', 'unknown'];

/** Strings made of status words, negators, labels and markup, so interesting mixes come up often. */
const statusish = fc
  .array(
    fc.constantFrom('Done', 'not', 'no', 'on track', 'delayed', 'to be', 'completed', 'Update:', '<p>', '</p>', '\n', ' ',
      'amber', 'A', 'G', '(End of Nov)', 'deferred to', ',', '.', '-', 'being', 'once', 'yet', 'started', 'Complete', 'the'),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(' '));

describe('properties of status reading', () => {
  it('classifyStatus never throws and always returns one of the six classes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), statusish), (text) => CLASSES.includes(classifyStatus(text))),
      { numRuns: 500 },
    );
  });

  it('readStatus agrees with classifyStatus and gives a completion date only for a completion', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), statusish), (text) => {
        const read = readStatus(text);
        return read.status === classifyStatus(text) && (read.completedText === null || read.status === 'complete');
      }),
    );
  });

  it('does not depend on letter case', () => {
    fc.assert(fc.property(statusish, (text) => classifyStatus(text.toUpperCase()) === classifyStatus(text.toLowerCase())));
  });

  it('copes with huge cells of any content', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 8 }), (chunk) => CLASSES.includes(classifyStatus(chunk.repeat(5000)))),
      { numRuns: 20 },
    );
  });
});
