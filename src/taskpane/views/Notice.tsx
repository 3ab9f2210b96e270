import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export type NoticeIntent = 'success' | 'warning' | 'error';

/** A sentence telling the user how an action went, or null for none yet. */
export type Note = { intent: NoticeIntent; text: string } | null;

/**
 * The outcome of a button (saved, copied, could not copy). The live region is always rendered,
 * empty until there is something to say: screen readers announce text added to a region that
 * already exists, but often miss a region that appears with its text already in it.
 */
export function Notice({ note }: { note: Note }) {
  return (
    <div role="status" aria-live="polite">
      {note !== null && (
        <MessageBar intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
