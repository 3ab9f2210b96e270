import fc from 'fast-check';
import { alignSteps, listedSteps, readStepText, splitEntries, stripMarkup, withoutPlaceholders } from '../../../src/core/steps';

/** Strings built from the characters that matter to splitting, so edge cases come up often. */
const cellish = fc
  .array(
    fc.constantFrom('<p>', '</p>', '<li>', '<br/>', '<b>', '&amp;', '&#8226;', '&', '<', '>', '\n', '\r', '\u2028', ' ', '  ',
      '•', '-', '–', 'o ', '1.', '2.', 'a)', '(1)', 'ii.', 'Done', 'On track', 'NEW ACTION:', 'x', 'A', '\u00a0', '\u200b',
      'Step 1: ', '1 - ', '\uf0b7', 'Q1', 'Dec 23', ', ', ' / ', ';', 'RAG: ', 'train'),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const isCleanEntry = (e: string): boolean => e.length > 0 && e.trim() === e && !/\s\s/.test(e);

describe('properties of the step functions', () => {
  it('splitEntries never throws and returns non-empty, trimmed, collapsed entries for any string', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), cellish), (text) => splitEntries(text).every(isCleanEntry)), { numRuns: 500 });
  });

  it('stripMarkup and readStepText never throw and return trimmed text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), cellish), (text) => {
        const plain = stripMarkup(text);
        const step = readStepText(text);
        return plain.trim() === plain && step.text.trim() === step.text;
      }),
    );
  });

  it('alignSteps gives one step per next step that is not a dash (at least one) whatever the counts', () => {
    const list = fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constant('-')), { maxLength: 6 });
    fc.assert(
      fc.property(list, list, list, (steps, timeframes, statuses) => {
        const aligned = alignSteps(steps, timeframes, statuses, 'action');
        const expected = Math.max(1, withoutPlaceholders(listedSteps(steps, timeframes)).length);
        return aligned.steps.length === expected && aligned.extraTimeframes >= 0 && aligned.extraStatuses >= 0;
      }),
    );
  });
});
