import { readHeader } from '../../../src/core/detect/columns';

/*
 * A committee action log numbers each action ("Action no.", "Ref") and notes the minute that
 * recorded it ("Minute ref", "Minute no."): the minute beside the action's own number is
 * expected, so it is no rival of the ref column to warn of. It is the ref only when no other
 * column numbers the actions.
 */

describe('a minute or agenda reference beside the action number', () => {
  it.each([
    [['Minute ref', 'Action no.', 'Action', 'Lead', 'Due date', 'Status'], 1],
    [['Action no.', 'Minute ref', 'Action', 'Lead', 'Due date', 'Status'], 0],
    [['Minute no.', 'Ref', 'Action', 'Owner', 'Deadline', 'Update'], 1],
    [['Ref', 'Minute number', 'Action', 'Owner', 'Deadline', 'Update'], 0],
    [['Minute reference', 'Action ref', 'Action', 'Owner', 'Deadline', 'Update'], 1],
    [['Item no.', 'Action no.', 'Action', 'Owner', 'Deadline', 'Update'], 1],
  ])('in %j takes the action number as the ref, and reports no rival', (header, col) => {
    const r = readHeader(header);
    expect(r.columns.ref).toBe(col);
    expect(r.duplicates.filter(([role]) => role === 'ref')).toEqual([]);
  });

  it.each([
    ['Minute ref', 'Minute no.', 'Minute number', 'Minute reference', 'Item no.'],
  ])('is still the ref when no other column numbers the actions (%s)', (...headers) => {
    for (const h of headers) expect(readHeader(['Date of meeting', h, 'Action', 'Lead', 'Due date', 'Status']).columns.ref).toBe(1);
  });
});
