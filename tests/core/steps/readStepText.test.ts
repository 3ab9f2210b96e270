import { readStepText } from '../../../src/core/steps';

describe('readStepText: a next step without its NEW ACTION / Revised Action label', () => {
  it('removes a bold NEW ACTION: label and says the step is new (seed 004 row 3)', () => {
    expect(readStepText('<b>NEW ACTION:</b> Discuss with Healthwatch offer to support in 2023')).toEqual({
      text: 'Discuss with Healthwatch offer to support in 2023',
      isNew: true,
      revised: false,
    });
  });

  it('removes a Revised Action: label whose tags were already stripped (seed 004 row 9)', () => {
    expect(readStepText('Revised Action: Public Engagement on setting THT priorities starts February runs to mid of March')).toEqual({
      text: 'Public Engagement on setting THT priorities starts February runs to mid of March',
      isNew: false,
      revised: true,
    });
  });

  it('reads the labels in any case, with a colon or a spaced dash', () => {
    expect(readStepText('new action: Draft plan')).toMatchObject({ text: 'Draft plan', isNew: true });
    expect(readStepText('REVISED ACTION - Draft plan')).toMatchObject({ text: 'Draft plan', revised: true });
  });

  it('reads both labels when a step carries both', () => {
    expect(readStepText('Revised Action: NEW ACTION: Draft plan')).toEqual({ text: 'Draft plan', isNew: true, revised: true });
  });

  it('leaves a step without a label as it is, and the label words inside a sentence alone', () => {
    expect(readStepText('Agree format of workshop')).toEqual({ text: 'Agree format of workshop', isNew: false, revised: false });
    expect(readStepText('Discuss the new action plan')).toEqual({ text: 'Discuss the new action plan', isNew: false, revised: false });
  });
});
