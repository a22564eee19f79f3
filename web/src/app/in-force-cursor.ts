import { InForceDocument } from '../api/generated';
import { describePartial, formatPartial } from '../timeline/partial-time';
import { createInForce, type InForceGroup } from '../ui/in-force';
import type { AppContext } from './app-context';
import { $, announce } from './page';

/**
 * The "in force on" cursor: the URL keeps it, the list beside the chart shows the treaties in
 * force on its day, per lane actor (ACTOR lanes), then all.
 */
export function createInForceCursor(app: AppContext, openTreaty: (id: string) => void) {
  const { client, chart } = app;
  const inForce = createInForce($('inforce'), {
    openTreaty,
    clear: () => set(null),
  });
  let inForceTimer = 0;
  let inForceController: AbortController | null = null;
  /** A cursor from the URL: its list loads once the first answer named the lanes. */
  let pendingCursor: number | null = null;

  /** The cursor moved: the URL keeps it, the list beside the chart follows it (debounced while dragging). */
  function set(t: number | null, fromChart = false): void {
    app.state = { ...app.state, cursor: t };
    if (!fromChart) chart.cursor(t);
    app.writeUrl();
    window.clearTimeout(inForceTimer);
    if (t === null) {
      inForceController?.abort();
      inForce.hide();
      return;
    }
    inForceTimer = window.setTimeout(() => void load(t), fromChart ? 150 : 0);
  }

  /**
   * The actor lanes the analyst sees: those they chose, else the server's (pinned while the view
   * moves). Not the answer's lanes alone: a chosen actor without events in the window is a lane too.
   */
  function viewLanes(): { id: string; label: string }[] {
    const answered = new Map((app.data?.lanes ?? []).map((l) => [l.id, l.label]));
    const ids = app.state.lanes.length ? app.state.lanes : [...answered.keys()].filter((id) => id !== '_other');
    return ids.map((id) => ({ id, label: app.names.get(id) ?? answered.get(id) ?? id }));
  }

  /** Treaties in force on the cursor day: per lane actor (ACTOR lanes), then all. */
  async function load(t: number): Promise<void> {
    const day = formatPartial(t, 'day');
    inForceController?.abort();
    const controller = new AbortController();
    inForceController = controller;
    inForce.loading(day);
    const laneActors = app.state.laneBy === 'ACTOR' ? viewLanes() : [];
    const ask = (party: string | null, first: number) =>
      client.request(InForceDocument, { on: day, party, first }, controller.signal);
    try {
      const answers = await Promise.all([...laneActors.map((a) => ask(a.id, 50)), ask(null, 100)]);
      if (controller !== inForceController) return;
      const groups: InForceGroup[] = answers.map((r, i) => ({
        title: laneActors[i]?.label ?? 'All treaties',
        total: r.treaties.totalCount,
        treaties: r.treaties.edges.map((e) => e.node),
      }));
      inForce.show(day, groups);
      announce(`${groups[groups.length - 1]?.total ?? 0} treaties in force on ${describePartial(day)}`);
    } catch (e) {
      if (controller === inForceController && !(e instanceof DOMException && e.name === 'AbortError'))
        inForce.error(day, `Could not load the treaties in force: ${(e as Error).message}`);
    }
  }

  return {
    set,
    /** The URL's cursor, restored: no list when none, else the list once the next answer is in. */
    restore(t: number | null): void {
      if (t === null) inForce.hide();
      else pendingCursor = t;
    },
    /** An answer arrived: a cursor restored from the URL loads its list now. */
    loadPending(): void {
      if (pendingCursor !== null) {
        const t = pendingCursor;
        pendingCursor = null;
        void load(t);
      }
    },
  };
}
