import { labelOfType } from '../timeline/colors';
import type { LaneBox } from '../timeline/lane-layout';
import type { PlacedBin, PlacedMark } from '../timeline/mark-layout';
import type { Tick } from '../timeline/time-scale';
import { arrowHead, type SpanLayout } from '../timeline/treaty-layout';

/**
 * The timeline's pieces as SVG text: the view export writes them and the golden tests pin them.
 * Every text goes through escapeXml; numbers are rounded to 0.1 px so output is stable.
 */
export function escapeXml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

const n = (v: number) => String(Math.round(v * 10) / 10);

export function axisSvg(ticks: readonly Tick[], y: number, x0: number, x1: number): string {
  const parts = [`<g class="axis" transform="translate(0,${n(y)})"><path d="M${n(x0)},0H${n(x1)}" stroke="#888"/>`];
  for (const t of ticks) {
    parts.push(
      `<g transform="translate(${n(t.x)},0)"><line y2="5" stroke="#888"/><text y="16" text-anchor="middle" font-size="10" fill="#333">${escapeXml(t.label)}</text></g>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

export function lanesSvg(lanes: readonly LaneBox[], x0: number, x1: number): string {
  return `<g class="lanes">${lanes
    .map(
      (l) =>
        `<g><rect x="${n(x0)}" y="${n(l.y)}" width="${n(x1 - x0)}" height="${n(l.height)}" fill="${l.index % 2 ? '#fafafa' : '#f2f4f7'}"/><text x="${n(x0 - 6)}" y="${n(l.y + l.height / 2 + 4)}" text-anchor="end" font-size="11" fill="#222">${escapeXml(l.label)}</text></g>`,
    )
    .join('')}</g>`;
}

export function marksSvg(marks: readonly PlacedMark[]): string {
  return `<g class="marks">${marks
    .map((m) => {
      const s = m.style;
      const fill = s.fill ?? 'none';
      const dash = s.dash.length ? ` stroke-dasharray="${s.dash.join(',')}"` : '';
      const title = `<title>${escapeXml(`${m.item.date} ${labelOfType(m.item.type)}: ${m.item.summary}`)}</title>`;
      if (m.shape === 'dot') {
        return `<circle cx="${n(m.cx)}" cy="${n(m.y)}" r="${n(m.r)}" fill="${fill}" stroke="${s.stroke}" stroke-width="1.5" opacity="${s.opacity}"${dash}>${title}</circle>`;
      }
      return `<rect x="${n(m.x0)}" y="${n(m.y - m.r)}" width="${n(Math.max(1, m.x1 - m.x0))}" height="${n(2 * m.r)}" rx="2" fill="${fill}" stroke="${s.stroke}" stroke-width="1.5" opacity="${s.opacity}"${dash}>${title}</rect>`;
    })
    .join('')}</g>`;
}

export function binsSvg(bins: readonly PlacedBin[]): string {
  return `<g class="bins">${bins
    .map((b) =>
      b.segments
        .map(
          (s) => `<rect x="${n(b.x)}" y="${n(s.y)}" width="${n(b.width)}" height="${n(s.height)}" fill="${s.color}"/>`,
        )
        .join(''),
    )
    .join('')}</g>`;
}

export function spansSvg(layout: SpanLayout): string {
  const bars = layout.spans.map((s) => {
    const label = s.labelled
      ? `<text x="${n(s.x0 + 4)}" y="${n(s.y + s.height - 3)}" font-size="10" fill="#fff">${escapeXml(s.span.name)}</text>`
      : '';
    return `<g class="span"><rect x="${n(s.x0)}" y="${n(s.y)}" width="${n(s.x1 - s.x0)}" height="${n(s.height)}" rx="3" fill="#34495e"${s.open ? ' fill-opacity="0.75"' : ''}><title>${escapeXml(s.span.name)}</title></rect>${label}</g>`;
  });
  const arrows = layout.arrows.map(
    (a) =>
      `<g class="lineage"><path d="${a.d}" fill="none" stroke="#c0392b" stroke-width="1.5"${a.offscreen ? ' stroke-dasharray="4,2"' : ''}/><path d="${arrowHead(a.tip, a.angle)}" fill="#c0392b"/></g>`,
  );
  return `<g class="spans">${bars.join('')}${arrows.join('')}</g>`;
}

export function legendSvg(entries: readonly { label: string; color: string }[], x: number, y: number): string {
  let cx = x;
  const parts = entries.map((e) => {
    const g = `<g transform="translate(${n(cx)},${n(y)})"><rect width="10" height="10" fill="${e.color}"/><text x="14" y="9" font-size="10" fill="#222">${escapeXml(e.label)}</text></g>`;
    cx += 24 + e.label.length * 6;
    return g;
  });
  return `<g class="legend">${parts.join('')}</g>`;
}

/** A standalone SVG document around the given pieces. */
export function svgDocument(width: number, height: number, body: readonly string[], title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, sans-serif"><title>${escapeXml(title)}</title><rect width="100%" height="100%" fill="#fff"/>${body.join('')}</svg>`;
}
