import { assuranceColumns, namesAssurance } from '../../../src/core/detect/assurance';
import { readHeader } from '../../../src/core/detect/columns';

/*
 * A well-led or CQC plan rates the delivery and the evidence for it apart ("Delivery RAG |
 * Assurance RAG"): the assurance column is not the lead's status of the work.
 */

describe('assurance columns', () => {
  it.each(['Assurance RAG', 'Assurance rating', 'Evidence assured?', 'Evidence of completion', 'Level of assurance'])('%s names the assurance', (header) => {
    expect(namesAssurance(header)).toBe(true);
  });

  it.each(['Delivery RAG', 'RAG', 'Progress and evidence', 'Update', 'Action status'])('%s does not', (header) => {
    expect(namesAssurance(header)).toBe(false);
  });

  it('are found beside the status or unread, never among the mapped columns', () => {
    const header = ['Ref', 'Action', 'Lead', 'Target date', 'Update', 'Delivery RAG', 'Assurance RAG', 'Evidence of completion'];
    expect(assuranceColumns(readHeader(header), header)).toEqual([6, 7]);
    const alone = ['Action', 'Lead', 'Evidence of completion'];
    expect(assuranceColumns(readHeader(alone), alone)).toBeUndefined();
  });
});
