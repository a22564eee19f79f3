import type { SearchHit } from '../api/types';
import { EMPTY_FILTER, type ViewFilter } from '../state/url-state';
import { colorOf, labelOfType } from '../timeline/colors';
import {
  EVENT_TYPES,
  MODALITIES,
  ORIGIN_LABEL,
  ORIGINS,
  type LaneBy,
  type Modality,
  type Origin,
} from '../timeline/model';
import { element } from './element';
import { createSearchBox } from './search-box';

/**
 * The side bar: lanes (by actor or type, add and remove actor lanes), the type legend that is also
 * the type filter, modality (with how each looks), participants, date range, minimum confidence.
 */
export interface FilterState {
  readonly laneBy: LaneBy;
  readonly lanes: readonly string[];
  readonly filter: ViewFilter;
}

export interface FilterOptions {
  change(next: FilterState): void;
  searchActors(q: string, signal: AbortSignal): Promise<SearchHit[]>;
  name(id: string): string;
  remember(id: string, name: string): void;
}

const ORIGIN_HELP: Record<Origin, string> = {
  ARTICLE: 'events extracted from news articles',
  GDELT: 'events imported from a GDELT 2.0 events export',
};

const MODALITY_HELP: Record<Modality, string> = {
  ASSERTED: 'solid',
  PLANNED: 'hollow',
  NEGATED: 'hollow, dashed',
  REPORTED: 'faded',
};

function modalityIcon(m: Modality): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const c = document.createElementNS(ns, 'circle');
  c.setAttribute('cx', '7');
  c.setAttribute('cy', '7');
  c.setAttribute('r', '5');
  c.setAttribute('stroke', '#333');
  c.setAttribute('stroke-width', '1.5');
  c.setAttribute('fill', m === 'ASSERTED' ? '#333' : m === 'REPORTED' ? '#999' : '#fff');
  if (m === 'NEGATED') c.setAttribute('stroke-dasharray', '3,2');
  svg.append(c);
  return svg;
}

export function createFilters(root: HTMLElement, o: FilterOptions) {
  let state: FilterState = { laneBy: 'ACTOR', lanes: [], filter: EMPTY_FILTER };
  const emit = (next: FilterState) => {
    state = next;
    render();
    o.change(next);
  };
  const setFilter = (f: Partial<ViewFilter>) => emit({ ...state, filter: { ...state.filter, ...f } });
  const toggle = <T extends string>(list: readonly T[], v: T, all: readonly T[]): T[] => {
    const cur = list.length === 0 ? [...all] : [...list];
    const next = cur.includes(v) ? cur.filter((x) => x !== v) : [...cur, v];
    return next.length === all.length ? [] : next;
  };

  const lanesBox = element('div', { className: 'lane-chips' });
  const laneAdd = element('div', {});
  createSearchBox(laneAdd, {
    id: 'lane-add',
    label: 'Add an actor lane',
    placeholder: 'Add actor lane…',
    search: o.searchActors,
    clearOnPick: true,
    pick: (hit) => {
      o.remember(hit.id, hit.label);
      if (!state.lanes.includes(hit.id)) emit({ ...state, laneBy: 'ACTOR', lanes: [...state.lanes, hit.id] });
    },
  });
  const actorsBox = element('div', { className: 'lane-chips' });
  const actorAdd = element('div', {});
  createSearchBox(actorAdd, {
    id: 'actor-filter',
    label: 'Filter by participant',
    placeholder: 'Participant…',
    search: o.searchActors,
    clearOnPick: true,
    pick: (hit) => {
      o.remember(hit.id, hit.label);
      if (!state.filter.actorIds.includes(hit.id)) setFilter({ actorIds: [...state.filter.actorIds, hit.id] });
    },
  });
  const byActor = element('input', {
    type: 'radio',
    name: 'laneby',
    value: 'ACTOR',
    id: 'laneby-actor',
    onchange: () => emit({ ...state, laneBy: 'ACTOR' }),
  });
  const byType = element('input', {
    type: 'radio',
    name: 'laneby',
    value: 'TYPE',
    id: 'laneby-type',
    onchange: () => emit({ ...state, laneBy: 'TYPE' }),
  });
  const types = element('ul', { className: 'legend', 'aria-label': 'Event types (legend and filter)' });
  const modalities = element('ul', { className: 'legend' });
  const origins = element('ul', { className: 'legend', id: 'filter-origin' });
  const since = element('input', {
    type: 'date',
    id: 'filter-since',
    onchange: () => setFilter({ from: since.value || null }),
  });
  const until = element('input', {
    type: 'date',
    id: 'filter-until',
    onchange: () => setFilter({ to: until.value || null }),
  });
  const conf = element('input', {
    type: 'range',
    id: 'filter-confidence',
    min: 0,
    max: 1,
    step: 0.05,
    onchange: () => setFilter({ minConfidence: Number(conf.value) }),
  });
  const confOut = element('output', { for: 'filter-confidence' });
  conf.addEventListener('input', () => {
    confOut.textContent = Number(conf.value).toFixed(2);
  });
  const reset = element(
    'button',
    { type: 'button', className: 'link', onclick: () => setFilter(EMPTY_FILTER) },
    'Clear filters',
  );

  root.classList.add('filters');
  root.append(
    element(
      'fieldset',
      {},
      element('legend', {}, 'Lanes'),
      element(
        'div',
        { className: 'radio-row' },
        element('label', {}, byActor, ' by actor'),
        element('label', {}, byType, ' by type'),
      ),
      lanesBox,
      laneAdd,
    ),
    element('fieldset', {}, element('legend', {}, 'Event types'), types),
    element('fieldset', {}, element('legend', {}, 'Modality'), modalities),
    element('fieldset', {}, element('legend', {}, 'Source'), origins),
    element('fieldset', {}, element('legend', {}, 'Participants'), actorsBox, actorAdd),
    element(
      'fieldset',
      {},
      element('legend', {}, 'Dates'),
      element('label', { className: 'row' }, 'From ', since),
      element('label', { className: 'row' }, 'To ', until),
    ),
    element(
      'fieldset',
      {},
      element('legend', {}, 'Minimum confidence'),
      element('div', { className: 'row' }, conf, confOut),
    ),
    reset,
  );

  function chip(label: string, remove: () => void): HTMLElement {
    return element(
      'span',
      { className: 'chip' },
      label,
      element('button', { type: 'button', 'aria-label': `Remove ${label}`, onclick: remove }, '×'),
    );
  }

  function render(): void {
    byActor.checked = state.laneBy === 'ACTOR';
    byType.checked = state.laneBy === 'TYPE';
    lanesBox.hidden = laneAdd.hidden = state.laneBy !== 'ACTOR';
    lanesBox.replaceChildren(
      ...(state.lanes.length
        ? state.lanes.map((id) =>
            chip(o.name(id), () => emit({ ...state, lanes: state.lanes.filter((x) => x !== id) })),
          )
        : [element('span', { className: 'muted' }, 'Most active actors')]),
    );
    types.replaceChildren(
      ...EVENT_TYPES.map((t) => {
        const box = element('input', {
          type: 'checkbox',
          checked: state.filter.types.length === 0 || state.filter.types.includes(t),
          onchange: () => setFilter({ types: toggle(state.filter.types, t, EVENT_TYPES) }),
        });
        const sw = element('span', { className: 'swatch' });
        sw.style.background = colorOf(t);
        return element('li', {}, element('label', {}, box, sw, labelOfType(t)));
      }),
    );
    modalities.replaceChildren(
      ...MODALITIES.map((m) => {
        const box = element('input', {
          type: 'checkbox',
          checked: state.filter.modality.length === 0 || state.filter.modality.includes(m),
          onchange: () => setFilter({ modality: toggle(state.filter.modality, m, MODALITIES) }),
        });
        return element(
          'li',
          {},
          element(
            'label',
            { title: `drawn ${MODALITY_HELP[m]}` },
            box,
            modalityIcon(m),
            ` ${m.toLowerCase()}`,
            element('span', { className: 'muted' }, ` (${MODALITY_HELP[m]})`),
          ),
        );
      }),
    );
    origins.replaceChildren(
      ...ORIGINS.map((k) => {
        const box = element('input', {
          type: 'checkbox',
          value: k,
          checked: state.filter.origin.length === 0 || state.filter.origin.includes(k),
          onchange: () => setFilter({ origin: toggle(state.filter.origin, k, ORIGINS) }),
        });
        return element('li', {}, element('label', { title: ORIGIN_HELP[k] }, box, ` ${ORIGIN_LABEL[k]}`));
      }),
    );
    actorsBox.replaceChildren(
      ...state.filter.actorIds.map((id) =>
        chip(o.name(id), () => setFilter({ actorIds: state.filter.actorIds.filter((x) => x !== id) })),
      ),
    );
    since.value = state.filter.from ?? '';
    until.value = state.filter.to ?? '';
    conf.value = String(state.filter.minConfidence);
    confOut.textContent = state.filter.minConfidence.toFixed(2);
  }

  render();
  return {
    /**
     * Takes the filter fields only: the page passes its whole view state, and keeping the rest
     * here would send a stale window, table or selection back with the next change.
     */
    set(next: FilterState) {
      state = { laneBy: next.laneBy, lanes: next.lanes, filter: next.filter };
      render();
    },
    refreshNames: render,
  };
}
