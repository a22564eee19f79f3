import { select } from 'd3';
import { colorOf, labelOfType } from './colors';
import type { PlacedBin, PlacedMark } from './mark-layout';
import { describePartial } from './partial-time';
import type { Layout } from './timeline';
import {
  connectorHead,
  connectorLabel,
  connectorPath,
  shortDate,
  UNNAMED_NOTE,
  type Connector,
  type PlacedBar,
} from './treaty-band';

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

export interface OverlayHandlers {
  onSpanClick(id: string): void;
  /** Collapse or expand the treaty band. */
  onBandToggle(): void;
  /** Show every row the treaties in view need (the "+N treaties" button). */
  onBandExpand(): void;
  /** The band's resize handle was dragged to this many rows (0 collapses it). */
  onBandResize(rows: number): void;
  /** The cursor was placed or dragged on the axis, at plot x. */
  onCursor(x: number): void;
}

/** The bar's tooltip: full name, dates, status. */
function barTitle(b: PlacedBar): string {
  const s = b.span;
  const dates = [
    `signed or started ${shortDate(s.start)}`,
    s.inForce !== null ? `in force ${shortDate(s.inForce)}` : null,
    s.end !== null ? `until ${shortDate(s.end)}` : 'ongoing',
  ].filter(Boolean);
  const replaced = s.replacements.map((r) => `replaced (${connectorLabel(r.basis, r.on)})`);
  const name = s.unnamed ? `${s.name} (${UNNAMED_NOTE})` : s.name;
  return [name, dates.join(', '), s.status.toLowerCase().replace(/_/g, ' '), ...replaced].join('\n');
}

export function createOverlay(el: HTMLElement, handlers: OverlayHandlers): Overlay {
  const svg = select(el).append('svg').attr('class', 'timeline-overlay').attr('aria-hidden', 'true');
  const defs = svg.append('defs');
  const hatch = defs
    .append('pattern')
    .attr('id', 'band-hatch')
    .attr('width', 5)
    .attr('height', 5)
    .attr('patternUnits', 'userSpaceOnUse')
    .attr('patternTransform', 'rotate(45)');
  hatch.append('rect').attr('width', 5).attr('height', 5).attr('fill', '#fff');
  hatch.append('line').attr('x1', 0).attr('y1', 0).attr('x2', 0).attr('y2', 5).attr('class', 'hatch-line');
  const fade = defs
    .append('linearGradient')
    .attr('id', 'band-fade')
    .attr('gradientUnits', 'userSpaceOnUse')
    .attr('y1', 0)
    .attr('y2', 0);
  fade.append('stop').attr('offset', 0).attr('stop-color', '#fff').attr('stop-opacity', 1);
  fade.append('stop').attr('offset', 1).attr('stop-color', '#fff').attr('stop-opacity', 0);
  const mask = defs.append('mask').attr('id', 'band-fade-mask').attr('maskUnits', 'userSpaceOnUse');
  const maskRect = mask.append('rect').attr('fill', 'url(#band-fade)');
  const axis = svg.append('g').attr('class', 'axis');
  const labels = svg.append('g').attr('class', 'lane-labels');
  const plot = svg.append('g').attr('class', 'plot');
  const bandG = plot.append('g').attr('class', 'band');
  // Connectors under the bars: a line that crosses a row passes under its names (they have a halo).
  const connectorsG = bandG.append('g').attr('class', 'connectors');
  const barsG = bandG.append('g').attr('class', 'bars');
  const rings = plot.append('g').attr('class', 'rings');
  const cursorG = plot.append('g').attr('class', 'cursor').style('display', 'none');
  cursorG.append('line').attr('class', 'cursor-line');
  cursorG.append('rect').attr('class', 'cursor-tag').attr('height', 16).attr('rx', 3);
  cursorG.append('text').attr('class', 'cursor-text');
  const tooltip = select(el).append('div').attr('class', 'tooltip').attr('role', 'tooltip').style('display', 'none');

  // HTML controls over the SVG: they take pointer events, which must not start a pan.
  const stop = (e: Event) => e.stopPropagation();
  const controls = select(el).append('div').attr('class', 'band-controls');
  const toggle = controls
    .append('button')
    .attr('type', 'button')
    .attr('class', 'band-toggle')
    .attr('aria-expanded', 'true')
    .on('mousedown touchstart', stop)
    .on('click', (e: MouseEvent) => {
      e.stopPropagation();
      handlers.onBandToggle();
    });
  const more = controls
    .append('button')
    .attr('type', 'button')
    .attr('class', 'band-more')
    .on('mousedown touchstart', stop)
    .on('click', (e: MouseEvent) => {
      e.stopPropagation();
      handlers.onBandExpand();
    });
  const resize = select(el)
    .append('div')
    .attr('class', 'band-resize')
    .attr('title', 'Drag to resize the treaty band')
    .attr('role', 'separator')
    .attr('aria-label', 'Resize the treaty band');
  let resizing: { y0: number; rows: number } | null = null;
  let last: Layout | null = null;
  resize
    .on('mousedown touchstart', stop)
    .on('pointerdown', (e: PointerEvent) => {
      e.stopPropagation();
      if (!last) return;
      resizing = { y0: e.clientY, rows: last.bandBox.collapsed ? 0 : last.bandBox.rows };
      (e.target as Element).setPointerCapture(e.pointerId);
    })
    .on('pointermove', (e: PointerEvent) => {
      if (!resizing) return;
      const rows = resizing.rows + Math.round((e.clientY - resizing.y0) / 26);
      handlers.onBandResize(Math.max(0, rows));
    })
    .on('pointerup pointercancel', () => {
      resizing = null;
    });
  // The axis is the cursor's rail: a click places the cursor, a drag moves it.
  const rail = select(el)
    .append('div')
    .attr('class', 'cursor-rail')
    .attr('title', 'Click or drag to see the treaties in force on a day (key: C)');
  let railing = false;
  const railX = (e: PointerEvent) => e.clientX - (rail.node() as HTMLDivElement).getBoundingClientRect().left;
  rail
    .on('mousedown touchstart', stop)
    .on('pointerdown', (e: PointerEvent) => {
      e.stopPropagation();
      railing = true;
      (e.target as Element).setPointerCapture(e.pointerId);
      handlers.onCursor(railX(e));
    })
    .on('pointermove', (e: PointerEvent) => {
      if (railing) handlers.onCursor(railX(e));
    })
    .on('pointerup pointercancel', () => {
      railing = false;
    })
    .on('click', stop);

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

    renderBand(l, state.selectedTreaty);
    renderCursor(l);

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

  function renderBand(l: Layout, selectedTreaty: string | null): void {
    last = l;
    const box = l.bandBox;
    fade.attr('x1', l.plotWidth - 60).attr('x2', l.plotWidth);
    maskRect
      .attr('x', -10)
      .attr('y', 0)
      .attr('width', l.plotWidth + 20)
      .attr('height', l.height);
    mask
      .attr('x', -10)
      .attr('y', 0)
      .attr('width', l.plotWidth + 20)
      .attr('height', l.height);
    const bars = barsG.selectAll<SVGGElement, PlacedBar>('g.band-bar').data(l.band.bars, (b) => b.span.id);
    const be = bars
      .enter()
      .append('g')
      .attr('class', 'band-bar span-hit')
      .style('pointer-events', 'all')
      .style('cursor', 'pointer');
    be.append('rect').attr('class', 'solid').attr('rx', 2);
    be.append('rect').attr('class', 'hatch');
    be.append('text').attr('class', 'bar-label');
    be.append('title');
    be.on('click', (e: MouseEvent, d) => {
      e.stopPropagation();
      handlers.onSpanClick(d.span.id);
    });
    bars.exit().remove();
    const bm = be
      .merge(bars)
      .attr('data-id', (d) => d.span.id)
      .classed('selected', (d) => d.span.id === selectedTreaty)
      .classed('in-lanes', (d) => d.inLanes)
      .classed('open', (d) => d.open)
      .classed('unnamed', (d) => d.span.unnamed);
    bm.select('rect.solid')
      .attr('x', (d) => d.x0)
      .attr('y', (d) => d.y)
      .attr('width', (d) => Math.max(2, d.x1 - d.x0))
      .attr('height', (d) => d.height)
      .attr('mask', (d) => (d.open ? 'url(#band-fade-mask)' : null));
    bm.select('rect.hatch')
      .attr('display', (d) => (d.xInForce !== null && d.xInForce > d.x0 + 1 ? null : 'none'))
      .attr('x', (d) => d.x0)
      .attr('y', (d) => d.y)
      .attr('width', (d) => Math.max(0, (d.xInForce ?? d.x0) - d.x0))
      .attr('height', (d) => d.height);
    bm.select('text')
      .attr('x', (d) => d.labelX)
      .attr('y', (d) => d.labelY)
      .text((d) => d.label);
    bm.select('title').text(barTitle);

    const conns = connectorsG
      .selectAll<SVGGElement, Connector>('g.band-connector')
      // Across rows first, so that the lines of a chain and every label lie over them.
      .data(
        [...l.band.connectors].sort((a, b) => Number(b.cross) - Number(a.cross)),
        (c) => `${c.from}>${c.to}`,
      );
    const ce = conns.enter().append('g').attr('class', 'band-connector');
    ce.append('path').attr('class', 'link');
    ce.append('path').attr('class', 'head');
    ce.append('text').attr('class', 'connector-label');
    ce.append('title');
    conns.exit().remove();
    const cm = ce.merge(conns).order();
    cm.classed('cross', (c) => c.cross)
      .attr('data-from', (c) => c.from)
      .attr('data-to', (c) => c.to);
    cm.select('path.link').attr('d', connectorPath);
    cm.select('path.head').attr('d', connectorHead);
    cm.select('text')
      .attr('x', (c) => c.labelX)
      .attr('y', (c) => c.labelY)
      .text((c) => c.label);
    cm.select('title').text((c) => `Replaced: ${connectorLabel(c.basis, c.on)}`);

    // The controls sit in the left margin beside the band; the handle under it.
    const shown = l.band.bars.length;
    controls
      .style('top', `${box.top}px`)
      .style('width', `${l.margin.left - 12}px`)
      .style('display', l.band.bars.length || l.band.overflow || box.collapsed ? 'block' : 'none');
    toggle
      .attr('aria-expanded', String(!box.collapsed))
      .attr('title', box.collapsed ? 'Show the treaty band' : 'Collapse the treaty band')
      .text(`${box.collapsed ? '▸' : '▾'} Treaties${box.collapsed ? ` (${shown + l.band.overflow})` : ''}`);
    more
      .style('display', !box.collapsed && l.band.overflow > 0 ? 'block' : 'none')
      .attr('title', 'Show more rows of treaties')
      .text(`+${l.band.overflow} treat${l.band.overflow === 1 ? 'y' : 'ies'}`);
    resize
      .style('display', box.height > 0 ? 'block' : 'none')
      .style('top', `${box.top + box.height}px`)
      .style('left', `${l.margin.left}px`)
      .style('width', `${l.plotWidth}px`);
    rail.style('left', `${l.margin.left}px`).style('width', `${l.plotWidth}px`).style('height', `${l.margin.top}px`);
  }

  function renderCursor(l: Layout): void {
    const c = l.cursor;
    const shown = c !== null && c.x >= -1 && c.x <= l.plotWidth + 1;
    const text = shown ? shortDate(c.time) : '';
    const w = text.length * 6.2 + 10;
    const tx = shown ? Math.max(0, Math.min(l.plotWidth - w, c.x - w / 2)) : 0;
    // The cursor's date tag sits on the axis: the tick labels under it give way.
    axis
      .selectAll<SVGTextElement, (typeof l.ticks)[number]>('g.tick text')
      .style('visibility', (t) =>
        shown && t.x + (t.label.length * 6.2) / 2 + 3 > tx && t.x - (t.label.length * 6.2) / 2 - 3 < tx + w
          ? 'hidden'
          : null,
      );
    if (!c || !shown) {
      cursorG.style('display', 'none');
      return;
    }
    cursorG.style('display', 'inline');
    cursorG.select('line').attr('x1', c.x).attr('x2', c.x).attr('y1', 2).attr('y2', l.height);
    cursorG.select('rect').attr('x', tx).attr('y', 1).attr('width', w);
    cursorG
      .select('text')
      .attr('x', tx + w / 2)
      .attr('y', 13)
      .attr('text-anchor', 'middle')
      .text(text);
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
