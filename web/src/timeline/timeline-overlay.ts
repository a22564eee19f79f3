import { select } from 'd3';
import { colorOf, labelOfType } from './colors';
import type { PlacedBin, PlacedMark } from './mark-layout';
import { describePartial } from './partial-time';
import type { Layout } from './timeline';
import { arrowHead, type LineageArrow, type PlacedSpan } from './treaty-layout';

/**
 * The SVG layer over the canvas (axis, lane labels, treaty spans with lineage arrows, the rings
 * around selected and focused marks) and the tooltip. Text goes in with textContent only.
 */
export interface Overlay {
  render(
    layout: Layout,
    state: { selectedId: string | null; focusKey: string | null; selectedTreaty: string | null },
  ): void;
  showMarkTooltip(m: PlacedMark, x: number, y: number): void;
  showBinTooltip(b: PlacedBin, x: number, y: number): void;
  hideTooltip(): void;
}

const DAY = 86_400_000;

/** The name, cut with an ellipsis to fit `width` pixels (about 6 px a character), or nothing under 5 characters. */
function fitLabel(name: string, width: number): string {
  const chars = Math.floor(width / 6);
  if (chars >= name.length) return name;
  return chars < 5 ? '' : `${name.slice(0, chars - 1)}…`;
}

export function createOverlay(el: HTMLElement, handlers: { onSpanClick(id: string): void }): Overlay {
  const svg = select(el).append('svg').attr('class', 'timeline-overlay').attr('aria-hidden', 'true');
  const axis = svg.append('g').attr('class', 'axis');
  const labels = svg.append('g').attr('class', 'lane-labels');
  const plot = svg.append('g').attr('class', 'plot');
  const spansG = plot.append('g').attr('class', 'spans');
  const arrowsG = plot.append('g').attr('class', 'lineage');
  const rings = plot.append('g').attr('class', 'rings');
  const tooltip = select(el).append('div').attr('class', 'tooltip').attr('role', 'tooltip').style('display', 'none');

  let lastGridHeight = -1;
  let lastLabelKey = '';

  function renderLabels(l: Layout): void {
    labels
      .selectAll<SVGTextElement, (typeof l.lanes)[number]>('text')
      .data(l.lanes, (d) => d.id)
      .join('text')
      .attr('x', l.margin.left - 8)
      .attr('y', (d) => d.y + d.height / 2 + 4)
      .attr('text-anchor', 'end')
      .text((d) => (d.label.length > 22 ? `${d.label.slice(0, 21)}…` : d.label))
      .each(function (d) {
        // The full name as a tooltip, only where it was cut.
        select(this)
          .selectAll('title')
          .data(d.label.length > 22 ? [d.label] : [])
          .join('title')
          .text((t) => t);
      });
  }

  function render(
    l: Layout,
    state: { selectedId: string | null; focusKey: string | null; selectedTreaty: string | null },
  ): void {
    svg.attr('width', l.width).attr('height', l.height);
    plot.attr('transform', `translate(${l.margin.left},0)`);
    axis.attr('transform', `translate(${l.margin.left},${l.margin.top - 6})`);
    axis.selectAll('path.domain').data([0]).join('path').attr('class', 'domain').attr('d', `M0,0H${l.plotWidth}`);
    const ticks = axis.selectAll<SVGGElement, (typeof l.ticks)[number]>('g.tick').data(l.ticks, (t) => String(t.time));
    const entered = ticks.enter().append('g').attr('class', 'tick');
    entered.append('line').attr('y2', -5);
    entered.append('text').attr('y', -9).attr('text-anchor', 'middle');
    ticks.exit().remove();
    const all = entered.merge(ticks).attr('transform', (t) => `translate(${t.x},0)`);
    all.select('text').text((t) => t.label);
    all.select('line').attr('y2', -5);
    const gridHeight = l.height - l.margin.top;
    axis
      .selectAll<SVGLineElement, (typeof l.ticks)[number]>('line.grid')
      .data(l.ticks, (t) => String(t.time))
      .join((enter) => enter.append('line').attr('class', 'grid').attr('y1', 0).attr('y2', gridHeight))
      .attr('x1', (t) => t.x)
      .attr('x2', (t) => t.x);
    if (gridHeight !== lastGridHeight) axis.selectAll('line.grid').attr('y2', gridHeight);
    lastGridHeight = gridHeight;

    // Lane labels only change with the lanes or the size, not while zooming.
    const labelKey = `${l.margin.left}|${l.lanes.map((d) => `${d.id}:${d.y}:${d.height}:${d.label}`).join('|')}`;
    if (labelKey !== lastLabelKey) renderLabels(l);
    lastLabelKey = labelKey;

    const spans = spansG.selectAll<SVGGElement, PlacedSpan>('g.span').data(l.spans.spans, (s) => s.span.id);
    const se = spans
      .enter()
      .append('g')
      .attr('class', 'span span-hit')
      .style('pointer-events', 'all')
      .style('cursor', 'pointer');
    se.append('rect').attr('rx', 3);
    se.append('text').attr('class', 'span-label');
    se.append('title');
    se.on('click', (e: MouseEvent, d) => {
      e.stopPropagation();
      handlers.onSpanClick(d.span.id);
    });
    spans.exit().remove();
    const sm = se
      .merge(spans)
      .classed('selected', (d) => d.span.id === state.selectedTreaty)
      .classed('open', (d) => d.open);
    sm.select('rect')
      .attr('x', (d) => d.x0)
      .attr('y', (d) => d.y)
      .attr('width', (d) => Math.max(2, d.x1 - d.x0))
      .attr('height', (d) => d.height);
    sm.select('text')
      .attr('x', (d) => Math.max(d.x0, 0) + 4)
      .attr('y', (d) => d.y + d.height - 3)
      .text((d) => (d.crowded ? '' : fitLabel(d.span.name, Math.min(d.x1, l.plotWidth) - Math.max(d.x0, 0) - 8)));
    sm.select('title').text((d) => `${d.span.name} (${d.span.status.toLowerCase().replace('_', ' ')})`);

    const arrows = arrowsG
      .selectAll<SVGGElement, LineageArrow>('g.arrow')
      .data(l.spans.arrows, (a) => `${a.from}>${a.to}`);
    const ae = arrows.enter().append('g').attr('class', 'arrow');
    ae.append('path').attr('class', 'curve');
    ae.append('path').attr('class', 'head');
    arrows.exit().remove();
    const am = ae.merge(arrows).classed('offscreen', (a) => a.offscreen);
    am.select('path.curve').attr('d', (a) => a.d);
    am.select('path.head').attr('d', (a) => arrowHead(a.tip, a.angle));

    const ringMarks = l.marks.filter((m) => m.item.id === state.selectedId || m.key === state.focusKey);
    rings
      .selectAll<SVGElement, PlacedMark>('.ring')
      .data(ringMarks, (m) => m.key)
      .join('rect')
      .attr('class', (m) => `ring ${m.key === state.focusKey ? 'focus' : 'selected'}`)
      .attr('x', (m) => (m.shape === 'dot' ? m.cx - m.r - 3 : m.x0 - 3))
      .attr('y', (m) => m.y - m.r - 3)
      .attr('width', (m) => (m.shape === 'dot' ? 2 * m.r + 6 : Math.max(1, m.x1 - m.x0) + 6))
      .attr('height', (m) => 2 * m.r + 6)
      .attr('rx', (m) => (m.shape === 'dot' ? m.r + 3 : 3));
  }

  function place(x: number, y: number): void {
    const node = tooltip.node() as HTMLDivElement;
    const w = node.offsetWidth;
    const left = x + 14 + w > el.clientWidth ? x - 14 - w : x + 14;
    tooltip.style('left', `${Math.max(0, left)}px`).style('top', `${Math.max(0, y + 12)}px`);
  }

  function showMarkTooltip(m: PlacedMark, x: number, y: number): void {
    const i = m.item;
    const node = tooltip.style('display', 'block').node() as HTMLDivElement;
    node.replaceChildren();
    const head = document.createElement('div');
    head.className = 'tt-head';
    const sw = document.createElement('span');
    sw.className = 'swatch';
    sw.style.background = colorOf(i.type);
    head.append(
      sw,
      document.createTextNode(
        `${labelOfType(i.type)} · ${describePartial(i.date)}${i.modality !== 'ASSERTED' ? ` · ${i.modality.toLowerCase()}` : ''}`,
      ),
    );
    const body = document.createElement('div');
    body.textContent = i.summary || '(no summary)';
    const who = document.createElement('div');
    who.className = 'tt-actors';
    who.textContent = i.actors.join(', ');
    node.append(head, body, who);
    place(x, y);
  }

  function showBinTooltip(b: PlacedBin, x: number, y: number): void {
    const node = tooltip.style('display', 'block').node() as HTMLDivElement;
    node.replaceChildren();
    const head = document.createElement('div');
    head.className = 'tt-head';
    const precision = b.end - b.start > 300 * DAY ? 'year' : b.end - b.start > 27 * DAY ? 'month' : 'day';
    const from = new Date(b.start).toISOString().slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
    head.textContent = `${b.count} events · ${describePartial(from)}${b.end - b.start > 1.5 * DAY && precision === 'day' ? ' week' : ''}`;
    node.append(head);
    for (const s of b.segments) {
      const row = document.createElement('div');
      const sw = document.createElement('span');
      sw.className = 'swatch';
      sw.style.background = s.color;
      row.append(sw, document.createTextNode(`${labelOfType(s.type)}: ${s.count}`));
      node.append(row);
    }
    const hint = document.createElement('div');
    hint.className = 'tt-actors';
    hint.textContent = 'Click to zoom in';
    node.append(hint);
    place(x, y);
  }

  return { render, showMarkTooltip, showBinTooltip, hideTooltip: () => void tooltip.style('display', 'none') };
}
