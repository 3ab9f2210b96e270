import { classifyStatus } from '../../../src/core/status';

describe('classifyStatus: the class of a status cell (SPEC 4)', () => {
  describe('complete', () => {
    it.each([
      'Completed', 'Complete', 'Done', 'Delivered', 'Achieved', 'Closed', 'Finished', 'Implemented', 'In place',
      'Signed off', 'Signed-off', 'Proposed for closure', 'Propose to close', 'Has been completed', 'Now complete',
      'Second round of self-assessment completed in early 2023.', 'Communication plan is in place',
    ])('reads "%s" as complete', (text) => {
      expect(classifyStatus(text)).toBe('complete');
    });
  });

  describe('on_track', () => {
    it.each([
      'On track', 'On target', 'On schedule', 'In progress', 'Underway', 'Under way', 'Progressing', 'Green',
      'We remain on schedule', 'Is now underway', 'Progressing well', 'On-going', 'Ongoing', 'on going', 'On-track',
      'Work on-going in relation to training.',
    ])('reads "%s" as on_track', (text) => {
      expect(classifyStatus(text)).toBe('on_track');
    });
  });

  describe('at_risk', () => {
    it.each([
      'Delayed', 'Slipped', 'Slippage', 'At risk', 'Behind', 'Some issues', 'Partially', 'Deadlines adjusted',
      'Revised date', 'Rescheduled', 'Re-scheduled', 'Deferred', 'Amber', 'Paused', 'On hold', 'There is some risk of slippage',
      'Rated as amber', 'Rated amber', 'Escalated to ELG', 'Awaiting sign off', 'Meeting delayed to Jan 23',
      'Partially complete', 'Part-completed', 'Ongoing issues with recruitment',
    ])('reads "%s" as at_risk', (text) => {
      expect(classifyStatus(text)).toBe('at_risk');
    });
  });

  describe('off_track', () => {
    it.each([
      'Off track', 'Not on track', 'Not on target', 'Significant risk', 'Stalled', 'Blocked', 'Missed', 'Not achieved',
      'Overdue', 'Red', 'Rated red', 'Significantly delayed', 'Target will not be met',
    ])('reads "%s" as off_track', (text) => {
      expect(classifyStatus(text)).toBe('off_track');
    });
  });

  describe('not_started', () => {
    it.each([
      'Not started', 'Not yet started', 'Has not commenced', 'Work has not commenced', 'To start in March', 'Not begun',
      'Work has not commenced on this action yet.', 'Has not yet been started', 'Not yet commenced', 'Yet to start',
      'Due to be started in Q4',
    ])('reads "%s" as not_started', (text) => {
      expect(classifyStatus(text)).toBe('not_started');
    });
  });

  describe('closed without being delivered: no longer open work, so never overdue', () => {
    it.each([
      'No longer required', 'Superseded by the new ICB strategy', 'Withdrawn', 'Cancelled', 'Action stood down',
      'Merged with action 4', 'Business as usual', 'BAU', 'Moved to BAU', 'Embedded', 'Update: cancelled',
    ])('reads "%s" as complete', (text) => {
      expect(classifyStatus(text)).toBe('complete');
    });

    it.each([
      'Not yet embedded', 'Learning to be embedded across teams', 'Meeting cancelled, to be rescheduled',
      'The challenge is now linked to how it is embedded across all of our services.', 'Transition to BAU planned for March',
    ])('but "%s" is not', (text) => {
      expect(classifyStatus(text)).not.toBe('complete');
    });
  });

  describe('progress in words', () => {
    it.each([
      ['WIP', 'on_track'],
      ['Good progress made', 'on_track'],
      ['Nearly complete', 'on_track'],
      ['Initial discussions held with PCN leads', 'on_track'],
      ['Partially implemented', 'at_risk'],
      ['Partly delivered', 'at_risk'],
      ['Risk to delivery', 'at_risk'],
      ['Issues identified with data quality', 'at_risk'],
      ['Limited progress', 'at_risk'],
      ['Unlikely to be achieved by March', 'off_track'],
      // The deadline not yet come says nothing of progress (round 10): read as "Open" is, not as not started.
      ['Not due yet', 'unknown'],
      ['No further action required', 'complete'],
      ['NFA', 'complete'],
      ['Evidence submitted for closure', 'complete'],
      ['Closure agreed at committee', 'complete'],
      ['First draft completed, final version due Feb', 'on_track'],
      ['Working towards completion', 'on_track'],
      ['Behind schedule, recovery plan in place', 'at_risk'],
      ['On track but risks around funding', 'at_risk'],
      ['This has not been possible due to capacity', 'at_risk'],
      ['Unable to recruit to the post', 'at_risk'],
      ['Ahead of schedule', 'on_track'],
      ['Evaluation report being drafted', 'on_track'],
      ['Suspended', 'at_risk'],
      ['Grey', 'not_started'],
    ])('reads "%s" as %s', (text, status) => {
      expect(classifyStatus(text)).toBe(status);
    });
  });

  describe('unknown', () => {
    it.each(['', '   ', 'Update', 'update', 'Verbal update', 'To be confirmed', 'TBC', 'Open', 'No', 'N/A', 'See minutes'])(
      'reads "%s" as unknown',
      (text) => {
        expect(classifyStatus(text)).toBe('unknown');
      },
    );
  });

  describe('whole words only', () => {
    it('does not read a status word inside a longer word', () => {
      // Was 'Undelivered', which round 22 reads as a failure word in its own right (off track); 'delivered' inside it still is not read.
      expect(classifyStatus('Undone')).toBe('unknown');
      expect(classifyStatus('Greenhouse gas plan')).toBe('unknown');
      expect(classifyStatus('Reddish')).toBe('unknown');
      expect(classifyStatus('Implementation plan attached')).toBe('unknown');
      expect(classifyStatus('Non-complete return')).toBe('unknown');
    });

    it('is tolerant of case, punctuation and extra spaces', () => {
      expect(classifyStatus('ON   TRACK!!')).toBe('on_track');
      expect(classifyStatus('(completed)')).toBe('complete');
      expect(classifyStatus('status: on\ttrack.')).toBe('on_track');
    });
  });

  describe('single words and letters of Open/Closed, Complete? and RAG columns', () => {
    it.each([
      ['Closed', 'complete'], ['Complete', 'complete'], ['Yes', 'complete'], ['Y', 'complete'], ['Blue', 'complete'],
      ['B', 'complete'], ['Open', 'unknown'], ['No', 'unknown'], ['N', 'unknown'], ['Red', 'off_track'], ['R', 'off_track'],
      ['Amber', 'at_risk'], ['A', 'at_risk'], ['Green', 'on_track'], ['G', 'on_track'], [' g. ', 'on_track'],
      ['Amber/Red', 'off_track'], ['Amber/Green', 'at_risk'],
      ['✅', 'complete'], ['✔️', 'complete'], ['🟢', 'on_track'], ['🟡', 'at_risk'], ['⚠️', 'at_risk'], ['🔴', 'off_track'], ['❌', 'off_track'],
    ])('reads a whole cell of "%s" as %s', (text, status) => {
      expect(classifyStatus(text)).toBe(status);
    });

    it('never reads a single letter inside a sentence', () => {
      expect(classifyStatus('A new approach is planned')).toBe('unknown');
      expect(classifyStatus('Plan B agreed with R&D')).toBe('unknown');
      expect(classifyStatus('Yes, we will meet in G block')).toBe('unknown');
    });

    it('reads the colour words inside a sentence, but not in names such as the Green Plan', () => {
      expect(classifyStatus('RAG rated green by the board')).toBe('on_track');
      expect(classifyStatus('Infrastructure received an update on the Green Plan')).toBe('unknown');
    });
  });

  describe('the future and instructions are not completion', () => {
    it.each(['To be completed by Dec', 'Will be delivered in Q4', 'Complete by mid Dec', 'Complete the pilot and review feedback.', 'Establish once above action completed'])(
      'reads "%s" as unknown',
      (text) => {
        expect(classifyStatus(text)).toBe('unknown');
      },
    );

    it('reads work being completed as under way', () => {
      expect(classifyStatus('The strategy is being completed and is due to be shared')).toBe('on_track');
    });
  });
});
