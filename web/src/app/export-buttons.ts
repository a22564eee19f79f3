import { exportFileName, toCsv, toJson } from '../export/export-data';
import { download, svgToPng, viewToSvg } from '../export/export-view';
import type { TimelineItem } from '../timeline/model';
import { toQueryRange } from '../timeline/partial-time';
import type { AppContext } from './app-context';
import { $ } from './page';
import type { ViewFetcher } from './view-fetcher';

/** The export buttons: the visible events as CSV or JSON, the view as SVG or PNG. */
export function createExportButtons(app: AppContext, fetcher: ViewFetcher, onError: (message: string) => void): void {
  const { chart } = app;
  const range = () => toQueryRange(app.state.window);
  /** The visible events with GDELT's scores of the GDELT ones, asked for now (a view does not carry them). */
  async function itemsToExport(): Promise<TimelineItem[] | null> {
    const items = chart.visibleItems();
    if (!items.some((i) => i.origin === 'GDELT')) return items;
    try {
      const scores = await fetcher.gdeltScores();
      return items.map((i) => (i.origin === 'GDELT' ? { ...i, gdelt: scores.get(i.id) ?? null } : i));
    } catch (e) {
      onError(`Could not export: GDELT's scores did not load: ${(e as Error).message}`);
      return null;
    }
  }
  $('export-csv').addEventListener('click', async () => {
    const r = range();
    const items = await itemsToExport();
    if (items) download(new Blob([toCsv(items)], { type: 'text/csv' }), exportFileName(r.from, r.to, 'csv'));
  });
  $('export-json').addEventListener('click', async () => {
    const r = range();
    const items = await itemsToExport();
    if (items)
      download(new Blob([toJson(items, r)], { type: 'application/json' }), exportFileName(r.from, r.to, 'json'));
  });
  const svgNow = () => {
    const l = chart.layout();
    return l ? { l, svg: viewToSvg(l, `Pactline ${range().from} – ${range().to}`) } : null;
  };
  $('export-svg').addEventListener('click', () => {
    const s = svgNow();
    if (s) download(new Blob([s.svg], { type: 'image/svg+xml' }), exportFileName(range().from, range().to, 'svg'));
  });
  $('export-png').addEventListener('click', async () => {
    const s = svgNow();
    if (s) download(await svgToPng(s.svg, s.l.width, s.l.height + 24), exportFileName(range().from, range().to, 'png'));
  });
}
