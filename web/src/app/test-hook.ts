import type { Window } from '../timeline/model';
import type { AppContext } from './app-context';
import { $ } from './page';

/** A read-only window onto the drawing for browser tests and the bench (marks in page pixels): `window.pactline`. */
export function exposeTestHook(app: AppContext): void {
  const { chart } = app;
  Object.assign(window, {
    pactline: {
      marks: () => {
        const l = chart.layout();
        const r = $('timeline').getBoundingClientRect();
        return (l?.marks ?? []).map((m) => ({
          id: m.item.id,
          type: m.item.type,
          lane: m.laneId,
          x: r.left + l!.margin.left + m.cx,
          y: r.top + m.y,
        }));
      },
      mode: () => app.data?.mode ?? null,
      window: () => ({ ...app.state.window }),
      /** Page x of a time in the current view. */
      xOf: (t: number) => {
        const l = chart.layout();
        const w = chart.window() as Window;
        const r = $('timeline').getBoundingClientRect();
        return l ? r.left + l.margin.left + (l.plotWidth * (t - w.start)) / (w.end - w.start) : NaN;
      },
      cursor: () => app.state.cursor,
    },
  });
}
