import { DIALOG_CLOSE, DIALOG_READY, decodeOutcome, outcomeFromQuery, outcomeTitle, type RibbonOutcome } from './outcome';

/*
 * The result dialog of the ribbon's Refresh RAG (result.html). It shows the generic outcome from
 * its URL at once, then, where DialogApi 1.2 is there, asks the function file for the adapter's
 * sentence and shows that. Text only (textContent): the sentence can quote the workbook.
 */

/** The page's elements the outcome is written into. */
export interface ResultView {
  title: Pick<HTMLElement, 'textContent'>;
  message: Pick<HTMLElement, 'textContent'>;
}

/** Writes an outcome into the page as text. */
export function renderOutcome(view: ResultView, outcome: RibbonOutcome): void {
  view.title.textContent = outcomeTitle(outcome);
  view.message.textContent = outcome.text;
}

function element(id: string): HTMLElement {
  const found = document.getElementById(id);
  if (!found) throw new Error(`result.html has no #${id}`);
  return found;
}

function start(): void {
  const view: ResultView = { title: element('title'), message: element('message') };
  const close = element('close');
  renderOutcome(view, outcomeFromQuery(window.location.search));
  close.addEventListener('click', () => Office.context.ui.messageParent(DIALOG_CLOSE));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') Office.context.ui.messageParent(DIALOG_CLOSE);
  });
  close.focus();
  if (!Office.context.requirements.isSetSupported('DialogApi', '1.2')) return;
  Office.context.ui.addHandlerAsync(
    Office.EventType.DialogParentMessageReceived,
    (args) => {
      const outcome = decodeOutcome(args.message);
      if (outcome) renderOutcome(view, outcome);
    },
    // Ready only once the handler is in place, so the sentence cannot arrive before it.
    (result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) Office.context.ui.messageParent(DIALOG_READY);
    },
  );
}

if (typeof Office !== 'undefined') void Office.onReady(start);
