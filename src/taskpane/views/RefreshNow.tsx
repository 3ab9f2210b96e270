import { Button } from '@fluentui/react-components';
import type { Note } from './Notice';

/**
 * "Refresh now", for beside a saved message: what was saved applies only at the next refresh, and
 * without it the user has to go back to the Refresh tab for one. Undefined (no button) unless the
 * save succeeded, since refreshing after a failed save would only rate with the old choices.
 */
export function refreshNow(note: Note, onClick: () => void) {
  return note?.intent === 'success' ? <Button size="small" onClick={onClick}>Refresh now</Button> : undefined;
}
