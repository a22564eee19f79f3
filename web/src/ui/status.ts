import { element } from './element';

/** Loading, empty and error states over the chart (a refresh over data already drawn stays in a corner), announced politely. */
export function createStatus(root: HTMLElement) {
  root.classList.add('status');
  root.setAttribute('role', 'status');
  root.setAttribute('aria-live', 'polite');
  let timer = 0;
  function set(kind: 'loading' | 'refreshing' | 'empty' | 'error' | 'none', message = '', retry?: () => void): void {
    window.clearTimeout(timer);
    root.dataset.kind = kind;
    if (kind === 'none') {
      root.replaceChildren();
      root.hidden = true;
      return;
    }
    // A loading state that lasts less than 150 ms never shows: no flicker while zooming.
    const show = () => {
      root.replaceChildren(
        element('span', { className: `status-${kind}` }, message),
        ...(retry ? [element('button', { type: 'button', onclick: retry }, 'Retry')] : []),
      );
      root.hidden = false;
    };
    if (kind === 'loading' || kind === 'refreshing') timer = window.setTimeout(show, 150);
    else show();
  }
  return { set };
}
