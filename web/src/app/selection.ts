import { EventDocument, TreatyDocument } from '../api/generated';
import type { ViewState } from '../state/url-state';
import { labelOfType } from '../timeline/colors';
import type { Window } from '../timeline/model';
import { parsePartialInterval } from '../timeline/partial-time';
import { createPanel } from '../ui/panel';
import type { AppContext } from './app-context';
import { $, announce } from './page';

interface TreatyDates {
  readonly signedOn: string | null;
  readonly inForceFrom: string | null;
  readonly endedOn: string | null;
}

/** A window around a treaty's dates and its lineage's, padded; `fallback` when none is known. */
export function treatyWindow(t: TreatyDates & { readonly lineage?: readonly TreatyDates[] }, fallback: Window): Window {
  const dates = [
    t.signedOn,
    t.inForceFrom,
    t.endedOn,
    ...(t.lineage ?? []).flatMap((l) => [l.signedOn, l.inForceFrom, l.endedOn]),
  ]
    .map((d) => (d ? parsePartialInterval(d) : null))
    .filter((d): d is NonNullable<typeof d> => d !== null);
  if (!dates.length) return fallback;
  const start = Math.min(...dates.map((d) => d.start));
  const end = Math.max(...dates.map((d) => d.end), start + 365 * 86_400_000);
  const pad = (end - start) * 0.15;
  return { start: start - pad, end: end + pad };
}

/** The selected event or treaty: in the URL, highlighted on the chart, its details in the side panel. */
export function createSelection(app: AppContext) {
  const { client, chart, names } = app;
  const panel = createPanel($('panel'), {
    close: () => set(null),
    openEvent: (id) => set({ kind: 'event', id }),
    openTreaty: (id) => set({ kind: 'treaty', id }),
    showTreaty: (t) => app.moveTo(treatyWindow(t, app.state.window), true),
  });

  /** Selects `sel` (null: none); `fromUrl` when the URL already holds it. */
  async function set(sel: ViewState['selection'], fromUrl = false): Promise<void> {
    app.state = { ...app.state, selection: sel };
    if (!fromUrl) app.writeUrl(true);
    chart.selected(sel?.kind === 'event' ? sel.id : (sel?.id ?? null));
    if (!sel) return panel.hide();
    panel.loading(sel.kind === 'event' ? 'Event' : 'Treaty');
    try {
      if (sel.kind === 'event') {
        const r = await client.request(EventDocument, { id: sel.id });
        if (app.state.selection !== sel) return;
        if (!r.event) return panel.error(`No event with id ${sel.id}.`);
        for (const p of r.event.participants) names.set(p.actor.id, p.actor.name);
        panel.showEvent(r.event);
        announce(`${labelOfType(r.event.type)} details opened`);
      } else {
        const r = await client.request(TreatyDocument, { id: sel.id });
        if (app.state.selection !== sel) return;
        if (!r.treaty) return panel.error(`No treaty with id ${sel.id}.`);
        panel.showTreaty(r.treaty);
      }
    } catch (e) {
      if (app.state.selection === sel) panel.error((e as Error).message);
    }
  }

  return { set };
}

export type Selection = ReturnType<typeof createSelection>;
