import type { GraphqlClient } from '../api/graphql-client';
import type { ViewState } from '../state/url-state';
import type { TimelineData, Window } from '../timeline/model';
import type { Timeline } from '../timeline/timeline';

/**
 * What the parts of the page share: the view (what the URL holds), the last answer drawn, the
 * chart, the client, and the few moves every part makes (write the URL, move the view, fetch).
 */
export interface AppContext {
  readonly client: GraphqlClient;
  readonly chart: Timeline;
  /** Actor names by id, learnt from answers and picks (lanes and chips show names). */
  readonly names: Map<string, string>;
  state: ViewState;
  data: TimelineData | null;
  /** False while the view is set up from the URL: nothing writes the URL or fetches before then. */
  started: boolean;
  /** Writes the view to the URL: a new history entry when `push`, else a debounced replace. */
  writeUrl(push?: boolean): void;
  moveTo(w: Window, animate: boolean): void;
  /** The plot width from the last layout. */
  width(): number;
  /** Asks for the view's data (debounced; skipped while the data held still fits). */
  refetch(): void;
}
