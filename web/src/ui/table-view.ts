import { ORIGIN_LABEL, type TimelineItem } from '../timeline/model';
import { labelOfType } from '../timeline/colors';
import { describePartial } from '../timeline/partial-time';
import { element } from './element';

/** The visible events as an HTML table, for screen readers and for reading in order. */
const LIMIT = 500;

export function renderTable(
  root: HTMLElement,
  items: readonly TimelineItem[],
  mode: 'ITEMS' | 'BINS' | null,
  open: (id: string) => void,
): void {
  const sorted = [...items].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  const caption =
    mode === 'BINS'
      ? 'The view is zoomed out too far to list single events; zoom in to list them.'
      : `${sorted.length} events in view${sorted.length > LIMIT ? `, the first ${LIMIT} shown` : ''}`;
  const rows = sorted
    .slice(0, LIMIT)
    .map((i) =>
      element(
        'tr',
        {},
        element('td', {}, element('time', { datetime: i.date }, describePartial(i.date))),
        element('td', {}, labelOfType(i.type)),
        element('td', {}, i.modality.toLowerCase()),
        element('td', {}, ORIGIN_LABEL[i.origin]),
        element('td', {}, i.actors.join(', ')),
        element(
          'td',
          {},
          element(
            'button',
            { type: 'button', className: 'link', onclick: () => open(i.id) },
            i.summary || '(no summary)',
          ),
        ),
      ),
    );
  root.replaceChildren(
    element(
      'table',
      { className: 'events-table' },
      element('caption', {}, caption),
      element(
        'thead',
        {},
        element(
          'tr',
          {},
          ...['Date', 'Type', 'Modality', 'Source', 'Actors', 'Summary'].map((h) => element('th', { scope: 'col' }, h)),
        ),
      ),
      element('tbody', {}, ...rows),
    ),
  );
}
