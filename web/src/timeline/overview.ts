import {
  area,
  brushX,
  curveStepAfter,
  dispatch,
  max,
  scaleLinear,
  type BrushBehavior,
  type D3BrushEvent,
  type Selection,
} from 'd3';
import type { Window } from './model';
import { axisTicks, createTimeScale } from './time-scale';
import { MARGIN } from './timeline';

/**
 * Focus + context: a histogram of every event across the whole extent with a brush that shows
 * the current window and moves it. `overview().on('brush', fn)`; `.series(s)`, `.extent(w)`, `.window(w)`.
 */
export interface Bucket {
  readonly start: number;
  readonly end: number;
  readonly count: number;
}

export function overview() {
  let series: readonly Bucket[] = [];
  let extent: Window = { start: Date.UTC(1950, 0, 1), end: Date.UTC(2030, 0, 1) };
  let current: Window | null = null;
  const listeners = dispatch<object, { brush: [Window] }>('brush');
  let svg: Selection<SVGSVGElement, unknown, null, undefined> | null = null;
  let brush: BrushBehavior<unknown> | null = null;
  let quiet = false;
  const height = 56;

  function component(selection: Selection<HTMLDivElement, unknown, null, undefined>): void {
    selection.classed('overview', true);
    svg = selection
      .append('svg')
      .attr('height', height)
      .attr('role', 'img')
      .attr('aria-label', 'Overview of all events; drag the highlighted window to move the timeline');
    svg.append('path').attr('class', 'histogram');
    svg.append('g').attr('class', 'overview-axis');
    brush = brushX<unknown>().on('brush end', (e: D3BrushEvent<unknown>) => {
      if (quiet || !e.sourceEvent || !e.selection) return;
      const [a, b] = e.selection as [number, number];
      const s = scale();
      listeners.call('brush', undefined, { start: s.invert(a).getTime(), end: s.invert(b).getTime() });
    });
    svg.append('g').attr('class', 'brush');
    const el = selection.node() as HTMLDivElement;
    new ResizeObserver((entries) => {
      // The width comes from the observer, never from clientWidth: reading that on every view
      // change forced a layout per zoom frame.
      outer = entries[0]?.contentRect.width ?? outer;
      render();
    }).observe(el);
    outer = el.clientWidth || outer;
    render();
  }

  let outer = 600;
  function width(): number {
    return outer - MARGIN.left - MARGIN.right;
  }

  function scale() {
    return createTimeScale(extent, [MARGIN.left, MARGIN.left + Math.max(10, width())]);
  }

  function render(): void {
    if (!svg || !brush) return;
    const s = scale();
    svg.attr('width', MARGIN.left + width() + MARGIN.right);
    const y = scaleLinear()
      .domain([0, Math.sqrt(max(series, (d) => d.count) ?? 1) || 1])
      .range([height - 18, 4]);
    const points = series.flatMap((d) => [
      [s(d.start), y(Math.sqrt(d.count))] as [number, number],
      [s(d.end), y(Math.sqrt(d.count))] as [number, number],
    ]);
    svg.select('path.histogram').attr(
      'd',
      area<[number, number]>()
        .x((p) => p[0])
        .y0(height - 18)
        .y1((p) => p[1])
        .curve(curveStepAfter)(points) ?? '',
    );
    const ticks = axisTicks(s, Math.max(2, Math.floor(width() / 120)));
    svg
      .select('g.overview-axis')
      .selectAll<SVGTextElement, (typeof ticks)[number]>('text')
      .data(ticks, (t) => String(t.time))
      .join('text')
      .attr('x', (t) => t.x)
      .attr('y', height - 4)
      .attr('text-anchor', 'middle')
      .text((t) => t.label);
    brush.extent([
      [MARGIN.left, 0],
      [MARGIN.left + width(), height - 16],
    ]);
    const g = svg.select<SVGGElement>('g.brush').call(brush);
    if (current) {
      quiet = true;
      const a = Math.max(MARGIN.left, s(current.start));
      const b = Math.min(MARGIN.left + width(), Math.max(a + 2, s(current.end)));
      g.call(brush.move, [a, b]);
      quiet = false;
    }
  }

  component.series = (s: readonly Bucket[]) => {
    series = s;
    render();
    return component;
  };
  component.extent = (w: Window) => {
    extent = w;
    render();
    return component;
  };
  component.window = (w: Window) => {
    current = w;
    if (svg && brush) {
      const s = scale();
      quiet = true;
      const a = Math.max(MARGIN.left, s(w.start));
      svg
        .select<SVGGElement>('g.brush')
        .call(brush.move, [a, Math.min(MARGIN.left + width(), Math.max(a + 2, s(w.end)))]);
      quiet = false;
    }
    return component;
  };
  /** Listens to `'brush'` (the analyst moved the window; `'brush.label'` for one more listener); null removes. */
  component.on = (name: 'brush' | `brush.${string}`, fn: ((w: Window) => void) | null) => {
    listeners.on(name, fn);
    return component;
  };
  return component;
}
