import { describePartial, toQueryRange } from '../timeline/partial-time';
import type { Window } from '../timeline/model';
import { renderTable } from '../ui/table-view';
import type { AppContext } from './app-context';
import { $ } from './page';

/**
 * What follows every drawing of the chart: the header's range and count, the overview's window
 * and, when shown, the table of the visible events.
 */
export function createViewSummary(
  app: AppContext,
  strip: { window(w: Window): unknown },
  openEvent: (id: string) => void,
): () => void {
  const { chart } = app;
  let tableKey = '';
  let lastStrip: Window | null = null;
  const texts = new Map<string, string>();
  /** Writes text only when it changed: the header is updated every frame while zooming. */
  const setText = (id: string, text: string) => {
    if (texts.get(id) === text) return;
    texts.set(id, text);
    $(id).textContent = text;
  };
  return function updateCounts(): void {
    const { state, data } = app;
    const { from, to } = toQueryRange(state.window);
    setText('range', `${describePartial(from)} – ${describePartial(to)}`);
    const visible = chart.visibleItems();
    setText(
      'count',
      data
        ? data.mode === 'BINS'
          ? `${data.total.toLocaleString('en')} events, shown as counts; zoom in for single events`
          : `${visible.length} events in view`
        : '',
    );
    if (lastStrip !== state.window) {
      lastStrip = state.window;
      strip.window(state.window);
    }
    const key = state.table ? `${data?.mode}|${visible.map((i) => i.id).join(',')}` : '';
    if (state.table && key !== tableKey) renderTable($('table'), visible, data?.mode ?? null, openEvent);
    tableKey = key;
  };
}
