import { encodeView } from '../state/url-state';
import type { Window } from '../timeline/model';
import type { AppContext } from './app-context';

/** Windows wider than a month go to the URL at whole days (readable links; the view moves by < 1 day). */
function roundForUrl(w: Window): Window {
  const day = 86_400_000;
  if (w.end - w.start < 30 * day)
    return { start: Math.round(w.start / 60_000) * 60_000, end: Math.round(w.end / 60_000) * 60_000 };
  return { start: Math.floor(w.start / day) * day, end: Math.ceil(w.end / day) * day };
}

/** Writes the view to the URL once the page started: pushed for a new history entry, else replaced after 250 ms. */
export function createUrlWriter(app: AppContext): (push?: boolean) => void {
  let urlTimer = 0;
  return (push = false) => {
    if (!app.started) return;
    window.clearTimeout(urlTimer);
    const url = `${location.pathname}?${encodeView({ ...app.state, window: roundForUrl(app.state.window) })}`;
    if (push) history.pushState(null, '', url);
    else urlTimer = window.setTimeout(() => history.replaceState(null, '', url), 250);
  };
}
