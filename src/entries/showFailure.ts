import type { Root } from 'react-dom/client';
import { messageOf } from '../base';
import { failureOf } from '../ports';
import { startFailureText } from '../ui';
import type { Words } from '../words';

/**
 * A plain message in place of the app; plain DOM, since React may be what
 * failed. The "open it from Teams" message of a page without a host lands here too.
 * Said in the reader's language once `words` gives the page's words; until
 * then (and when they never load) in the error's own English.
 */
export function showFailure(container: HTMLElement, error: unknown, words?: () => Promise<Words>): void {
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.padding = '1em';
  message.style.fontFamily = 'system-ui, sans-serif';
  message.textContent = `Stagecoach could not start. ${messageOf(error)}`;
  // The failure's kind, for whoever reads the page by code (tests, support) rather than by its words.
  const failure = failureOf(error);
  message.dataset.failure = failure.kind;
  if ('problem' in failure) message.dataset.problem = String(failure.problem);
  container.replaceChildren(message);
  if (!words) return;
  // The worded failure leaves out the error's own text: the console keeps it for whoever looks into it.
  console.error('Stagecoach could not start.', error);
  words().then(
    (loaded) => {
      message.textContent = startFailureText(loaded, error);
    },
    () => undefined,
  );
}

export interface StartedPage {
  /** The host, once it loaded; told of the failure so it stops waiting for the app. */
  host: { notifyFailure(message: string): void } | null;
  /** Null while the page has not drawn yet (My coaching draws once its reads are on their way). */
  root: Root | null;
  container: HTMLElement;
  /** The page's words, once loaded (PageWords.words), to say the failure in the reader's language. */
  words?: () => Promise<Words>;
}

/**
 * A start-up that failed after the first paint: tells the host (when one
 * loaded), takes React down, and shows the failure in its place.
 */
export function failStart(error: unknown, { host, root, container, words }: StartedPage): void {
  host?.notifyFailure(messageOf(error));
  root?.unmount();
  showFailure(container, error, words);
}

/** The page's #root, with a render error that empties it turned into a visible message. */
export function appRoot(page: string): HTMLElement {
  const container = document.getElementById('root');
  if (!container) throw new Error(`The ${page} page has no #root element.`);
  // A render error with no boundary to catch it empties the root, then surfaces here.
  window.addEventListener('error', (event) => {
    if (!container.hasChildNodes()) showFailure(container, event.error ?? event.message);
  });
  return container;
}
