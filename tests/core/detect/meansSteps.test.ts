import { readHeader } from '../../../src/core/detect/columns';
import { isMeansHeader } from '../../../src/core/detect/meansSteps';

describe('a "How" column beside a "What" action column holds the next steps', () => {
  it.each([
    [['No.', 'Principle', 'What we need to do', 'Who', 'How we will do it', 'By when', 'Progress to date'], 2, 4],
    [['Ref', 'What we will do', 'Lead', 'How will this be achieved', 'Deadline', 'Update'], 1, 3],
    [['Ref', 'Action', 'How we will deliver', 'Lead', 'Due date', 'Status'], 1, 2],
    [['Ref', 'What needs to happen', 'Actions to achieve', 'Owner', 'Target date', 'Update'], 1, 2],
    [['Ref', 'Action required', 'Key actions / how', 'Lead', 'Time frame', 'Status'], 1, 2],
    [['Ref', 'Objective', 'Action', 'How (key steps)', 'Lead', 'Due', 'Update'], 2, 3],
  ])('%j: action %i, next steps %i', (header, action, steps) => {
    const reading = readHeader(header);
    expect(reading.columns.action).toBe(action);
    expect(reading.columns.next_steps).toBe(steps);
    expect(reading.duplicates.filter(([role]) => role === 'action')).toEqual([]);
  });

  it('a lone "How" column is still the action when nothing else names one', () => {
    expect(readHeader(['Ref', 'Goal', 'Actions to achieve', 'Lead', 'Due date', 'Update']).columns.action).toBe(2);
    expect(readHeader(['Ref', 'How we will do it', 'Lead', 'Due date', 'Update']).columns.action).toBe(1);
  });

  it('an existing next-steps column keeps the role', () => {
    expect(readHeader(['Ref', 'Action', 'How we will do it', 'Next steps', 'Lead', 'Due', 'Update']).columns.next_steps).toBe(3);
  });

  it.each(['How we will measure success', 'How will we know', 'How often', 'Support required to deliver', 'Resources needed to achieve this', 'Action', 'Showhow'])(
    '%s is not how the action is done', (header) => {
      expect(isMeansHeader(header)).toBe(false);
    });

  it('a measure column beside the action is not read as its steps', () => {
    expect(readHeader(['Ref', 'What we will do', 'How we will measure success', 'Lead', 'Due date', 'Update']).columns.next_steps).toBeUndefined();
  });
});
