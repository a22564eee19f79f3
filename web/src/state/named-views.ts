import americasTrade from '../../../seed/datasets/americas-trade/views.json';
import blackSeaUkraine from '../../../seed/datasets/black-sea-ukraine/views.json';
import iranNuclear from '../../../seed/datasets/iran-nuclear/views.json';
import natoEnlargement from '../../../seed/datasets/nato-enlargement/views.json';
import russiaDprk from '../../../seed/datasets/russia-dprk/views.json';
import usRussiaArmsControl from '../../../seed/datasets/us-russia-arms-control/views.json';

/**
 * Named views that the seed datasets ship (seed/datasets/<name>/views.json): a view is a query
 * string of the page (window, lanes, filters, selection, cursor), with `today` for the current
 * day. The default dataset's default view is what the page opens on without a query.
 */
export interface NamedView {
  readonly dataset: string;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly query: string;
}

interface ViewsFile {
  readonly default?: string;
  readonly views: readonly { id: string; name: string; description: string; query: string }[];
}

const FILES: readonly [string, ViewsFile][] = [
  ['russia-dprk', russiaDprk],
  ['nato-enlargement', natoEnlargement],
  ['us-russia-arms-control', usRussiaArmsControl],
  ['iran-nuclear', iranNuclear],
  ['americas-trade', americasTrade],
  ['black-sea-ukraine', blackSeaUkraine],
];

export const NAMED_VIEWS: readonly NamedView[] = FILES.flatMap(([dataset, file]) =>
  file.views.map((v) => ({ dataset, ...v })),
);

/** The default dataset's default view (russia-dprk: Russia and North Korea, 1955 to today). */
export const DEFAULT_NAMED_VIEW: NamedView = (() => {
  const [dataset, file] = FILES[0]!;
  const v = file.views.find((x) => x.id === file.default) ?? file.views[0]!;
  return { dataset, ...v };
})();

/** A view's query string for a day: `today` becomes that UTC day (YYYY-MM-DD). */
export function viewQuery(view: NamedView, today: Date): string {
  return view.query.replace(/\btoday\b/g, today.toISOString().slice(0, 10));
}
