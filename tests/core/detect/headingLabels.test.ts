import { Headings, headingName } from '../../../src/core/detect/headings';

/*
 * A group heading written across the table often starts with what it is ("Strategic objective: Urgent
 * and Emergency Care", "Priority – Workforce"): the label is the column's name, not the group's, and
 * Table One lists the group by its name. A label numbered or lettered ("Objective 2: Reduce waits",
 * "Objective A – Managing risk") is how the board refers to the group, so it is kept whole.
 */

describe('headingName', () => {
  it.each([
    ['Strategic objective: Urgent and Emergency Care', 'Urgent and Emergency Care'],
    ['Strategic Objective: Reducing health inequalities', 'Reducing health inequalities'],
    ['Priority – Workforce', 'Workforce'],
    ['Theme - Digital', 'Digital'],
    ['AMBITION: Every child has the best start', 'Every child has the best start'],
    ['Workstream:  Discharge', 'Discharge'],
  ])('drops the bare label of "%s"', (heading, name) => {
    expect(headingName(heading)).toBe(name);
  });

  it.each([
    'Objective 2: Reduce waits',
    'Objective A – Managing risk',
    'Theme 3 - Digital',
    'Urgent and Emergency Care',
    'Priority areas for 2026/27',
    'Objective:',
    'Safe: care free from harm',
    'Quality priority – pressure ulcers',
  ])('keeps "%s" whole', (heading) => {
    expect(headingName(heading)).toBe(heading);
  });
});

describe('Headings', () => {
  it('carries the group down by its name', () => {
    const h = new Headings();
    h.read('Strategic objective: Urgent and Emergency Care', '');
    expect(h.heading).toBe('Urgent and Emergency Care');
  });
});
