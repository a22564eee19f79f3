import type { InForceResponse } from '../api/types';
import { describePartial } from '../timeline/partial-time';
import { element } from './element';

/**
 * The list beside the chart for the "in force on" cursor: the treaties in force on that day for
 * each lane actor, then for all, each with its status and parties. Text only.
 */
export interface InForceHandlers {
  openTreaty(id: string): void;
  clear(): void;
}

type TreatyRow = InForceResponse['treaties']['edges'][number]['node'];
export interface InForceGroup {
  /** "North Korea", or "All treaties". */
  readonly title: string;
  readonly total: number;
  readonly treaties: readonly TreatyRow[];
}

const lower = (s: string) => s.toLowerCase().replace(/_/g, ' ');

export function createInForce(root: HTMLElement, h: InForceHandlers) {
  root.classList.add('in-force');
  root.setAttribute('role', 'region');
  root.setAttribute('aria-label', 'Treaties in force on the cursor day');
  root.hidden = true;

  function frame(day: string, ...body: Node[]): void {
    root.replaceChildren(
      element(
        'header',
        {},
        element('h2', {}, `In force on ${describePartial(day)}`),
        element(
          'button',
          { type: 'button', className: 'close', 'aria-label': 'Remove the date cursor', onclick: () => h.clear() },
          '×',
        ),
      ),
      ...body,
    );
    root.hidden = false;
  }

  function treaty(t: TreatyRow): HTMLElement {
    const parties = t.parties.map((p) => p.actor.name);
    return element(
      'li',
      { className: 'in-force-treaty', 'data-id': t.id },
      element('button', { type: 'button', className: 'link', onclick: () => h.openTreaty(t.id) }, t.name),
      element(
        'div',
        { className: 'muted' },
        t.inForceFrom
          ? `in force since ${describePartial(t.inForceFrom)}`
          : t.signedOn
            ? `since its signature, ${describePartial(t.signedOn)}`
            : '',
        t.endedOn ? ` · until ${describePartial(t.endedOn)}` : '',
        ' · now ',
        element('span', { className: `badge status-${t.status.toLowerCase()}` }, lower(t.status)),
      ),
      parties.length
        ? element(
            'div',
            { className: 'parties' },
            parties.length > 6
              ? `${parties.slice(0, 6).join(', ')} and ${parties.length - 6} more`
              : parties.join(', '),
          )
        : null,
    );
  }

  return {
    loading(day: string): void {
      frame(day, element('p', { className: 'muted', role: 'status' }, 'Loading…'));
    },
    error(day: string, message: string): void {
      frame(day, element('p', { className: 'error', role: 'alert' }, message));
    },
    show(day: string, groups: readonly InForceGroup[]): void {
      frame(
        day,
        ...groups.map((g) =>
          element(
            'section',
            { className: 'in-force-group', 'aria-label': g.title },
            element('h3', {}, `${g.title} (${g.total})`),
            g.treaties.length
              ? element('ul', {}, ...g.treaties.map(treaty))
              : element('p', { className: 'muted' }, 'None in force that day.'),
            g.total > g.treaties.length
              ? element('p', { className: 'muted' }, `and ${g.total - g.treaties.length} more`)
              : null,
          ),
        ),
      );
    },
    hide(): void {
      root.hidden = true;
      root.replaceChildren();
    },
  };
}
