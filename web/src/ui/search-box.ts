import type { SearchHit } from '../api/types';
import { element } from './element';

/**
 * A combobox over the API's search: actors, treaties and events. Typing debounces a query; arrow
 * keys move through the results; Enter or a click picks one. Highlights «like this» are shown
 * as <mark> built from text nodes.
 */
export interface SearchBoxOptions {
  search(query: string, signal: AbortSignal): Promise<SearchHit[]>;
  pick(hit: SearchHit): void;
  placeholder?: string;
  label: string;
  /** A tooltip on the box: what it does not search, for example. */
  hint?: string;
  id: string;
  /** Empty the box after a pick (adders), instead of showing what was picked (the main search). */
  clearOnPick?: boolean;
}

function highlighted(text: string): Node[] {
  return text
    .split(/(«[^»]*»)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('«') ? element('mark', {}, part.slice(1, -1)) : document.createTextNode(part)));
}

export function createSearchBox(root: HTMLElement, o: SearchBoxOptions) {
  const listId = `${o.id}-list`;
  const input = element('input', {
    id: o.id,
    type: 'search',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    placeholder: o.placeholder ?? 'Search',
    'aria-label': o.label,
    title: o.hint,
  });
  const list = element('ul', { id: listId, role: 'listbox', className: 'search-results', hidden: true });
  root.classList.add('search-box');
  root.append(input, list);
  let hits: SearchHit[] = [];
  let active = -1;
  let timer = 0;
  let controller: AbortController | null = null;

  function render(): void {
    list.replaceChildren(
      ...hits.map((hit, i) =>
        element(
          'li',
          {
            id: `${listId}-${i}`,
            role: 'option',
            'aria-selected': i === active ? 'true' : 'false',
            className: `hit kind-${hit.kind.toLowerCase()}`,
            onmousedown: (e: Event) => {
              e.preventDefault();
              choose(i);
            },
          },
          element('span', { className: 'hit-kind' }, hit.kind.toLowerCase()),
          element('span', { className: 'hit-label' }, hit.label),
          hit.highlight && hit.highlight.replace(/[«»]/g, '') !== hit.label
            ? element('span', { className: 'hit-highlight' }, ...highlighted(hit.highlight))
            : null,
        ),
      ),
    );
    if (hits.length === 0 && input.value.trim().length > 1)
      list.replaceChildren(
        element('li', { className: 'muted', role: 'option', 'aria-disabled': 'true' }, 'No matches'),
      );
    list.hidden = input.value.trim().length < 2;
    input.setAttribute('aria-expanded', String(!list.hidden));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${listId}-${active}`);
    else input.removeAttribute('aria-activedescendant');
  }

  function choose(i: number): void {
    const hit = hits[i];
    if (!hit) return;
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.value = o.clearOnPick ? '' : hit.label;
    o.pick(hit);
  }

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) {
      hits = [];
      active = -1;
      render();
      return;
    }
    timer = window.setTimeout(async () => {
      controller?.abort();
      controller = new AbortController();
      try {
        hits = await o.search(q, controller.signal);
        active = hits.length ? 0 : -1;
        render();
      } catch (e) {
        if (!(e instanceof DOMException && e.name === 'AbortError')) {
          hits = [];
          list.replaceChildren(
            element(
              'li',
              { className: 'error', role: 'option', 'aria-disabled': 'true' },
              `Search failed: ${(e as Error).message}`,
            ),
          );
          list.hidden = false;
        }
      }
    }, 200);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!hits.length) return;
      active = (active + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (e.key === 'Enter') choose(Math.max(0, active));
    else if (e.key === 'Escape') {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    } else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () =>
    window.setTimeout(() => {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }, 100),
  );
  return {
    input,
    clear: () => {
      input.value = '';
      hits = [];
      render();
    },
  };
}
