import { table } from './table';

/*
 * Round 34, from the same reviewer's list: work not yet arranged, built or begun ("not yet scheduled", "not yet
 * developed", "no work yet") is not started, as "not yet started" is; a project that "will mobilise" later has not
 * begun. Work under way beside a start to come, and a start alone with no other word, keep their readings.
 */

describe('nothing yet arranged or built is not started', () => {
  table([
    ['CBRN decontamination training for ED not yet scheduled', 'not_started'],
    ['27/28 CIP pipeline not yet developed', 'not_started'],
    ['Business case not yet been developed', 'not_started'],
    ['Patient portal - no work yet; dependent on EPR go-live', 'not_started'],
    ['No work started on the estates element', 'not_started'],
    ['Project manager starts in January; project will mobilise then', 'not_started'],
    // A start to come beside work under way, a start alone, and a problem beside it keep their readings.
    ['Interviews scheduled; post starts in January', 'on_track'],
    ['Phase 1 complete; phase 2 starts in January', 'on_track'],
    ['Training starts in March', 'unknown'],
    ['New system not yet developed, supplier delays', 'at_risk'],
  ]);
});
