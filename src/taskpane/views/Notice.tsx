import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export type NoticeIntent = 'success' | 'warning' | 'error';

/** A sentence telling the user how an action went, or null for none yet. */
export type Note = { intent: NoticeIntent; text: string } | null;

/**
 * The outcome of a button (saved, copied, could not copy). The live region is always rendered,
 * empty until there is something to say: screen readers announce text added to a region that
 * already exists, but often miss a region that appears with its text already in it. `action`
 * is a button for the obvious next step, beside the sentence that prompts it.
 */
export function Notice({ note, action }: { note: Note; action?: ReactNode }) {
  return (
    <div role="status" aria-live="polite">
      {note !== null && (
        <MessageBar intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
          {action !== undefined && <MessageBarActions>{action}</MessageBarActions>}
        </MessageBar>
      )}
    </div>
  );
}
