import { NAMED_VIEWS, viewQuery, type NamedView } from '../state/named-views';
import { element } from '../ui/element';

/** The named views the seed datasets ship, listed in the page's select; picking one calls `open` with its query. */
export function createViewsMenu(viewsSelect: HTMLSelectElement, open: (query: string, view: NamedView) => void): void {
  viewsSelect.replaceChildren(
    element('option', { value: '' }, 'Views…'),
    ...[...new Set(NAMED_VIEWS.map((v) => v.dataset))].map((dataset) =>
      element(
        'optgroup',
        { label: dataset },
        ...NAMED_VIEWS.filter((v) => v.dataset === dataset).map((v) =>
          element('option', { value: `${v.dataset}/${v.id}`, title: v.description }, v.name),
        ),
      ),
    ),
  );
  viewsSelect.addEventListener('change', () => {
    const v = NAMED_VIEWS.find((x) => `${x.dataset}/${x.id}` === viewsSelect.value);
    viewsSelect.value = '';
    if (!v) return;
    open(viewQuery(v, new Date()), v);
  });
}
