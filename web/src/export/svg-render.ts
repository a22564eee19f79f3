import { labelOfType } from '../timeline/colors';
import type { LaneBox } from '../timeline/lane-layout';
import type { PlacedBin, PlacedMark } from '../timeline/mark-layout';
import type { Tick } from '../timeline/time-scale';
import { connectorHead, connectorPath, UNNAMED_NOTE, type BandLayout } from '../timeline/treaty-band';

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

/** The arrowhead at (x, y) pointing right, as SVG path data. */
function arrowRight(x: number, y: number, size = 4): string {
  return `M${n(x)},${n(y)}L${n(x - size)},${n(y - size * 0.7)}L${n(x - size)},${n(y + size * 0.7)}Z`;
}

/**
 * The treaty band: named bars (hatched from signature to entry into force, fading out at the right
 * edge while in force; a name that no text gives in italics) and the lineage connectors with their basis and date.
 */
export function bandSvg(band: BandLayout, plotWidth: number): string {
  const defs = `<defs><pattern id="band-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#34495e" stroke-width="2"/></pattern><linearGradient id="band-fade" gradientUnits="userSpaceOnUse" x1="${n(plotWidth - 60)}" x2="${n(plotWidth)}" y1="0" y2="0"><stop offset="0" stop-color="#fff" stop-opacity="1"/><stop offset="1" stop-color="#fff" stop-opacity="0"/></linearGradient><mask id="band-fade-mask" maskUnits="userSpaceOnUse" x="-10" y="0" width="${n(plotWidth + 20)}" height="100000"><rect x="-10" y="0" width="${n(plotWidth + 20)}" height="100000" fill="url(#band-fade)"/></mask></defs>`;
  const bars = band.bars.map((b) => {
    const fill = b.inLanes ? '#34495e' : '#7b8794';
    const solid = `<rect x="${n(b.x0)}" y="${n(b.y)}" width="${n(Math.max(2, b.x1 - b.x0))}" height="${n(b.height)}" rx="2" fill="${fill}"${b.open ? ' mask="url(#band-fade-mask)"' : ''}/>`;
    const hatch =
      b.xInForce !== null && b.xInForce > b.x0 + 1
        ? `<rect x="${n(b.x0)}" y="${n(b.y)}" width="${n(b.xInForce - b.x0)}" height="${n(b.height)}" fill="url(#band-hatch)" stroke="${fill}"/>`
        : '';
    // A name no text gives (the extractor made it) is set in italics, as in the app.
    const label = `<text x="${n(b.labelX)}" y="${n(b.labelY)}" font-size="11"${b.span.unnamed ? ' font-style="italic"' : ''} fill="#1d2430">${escapeXml(b.label)}</text>`;
    return `<g class="band-bar"><title>${escapeXml(b.span.unnamed ? `${b.span.name} (${UNNAMED_NOTE})` : b.span.name)}</title>${solid}${hatch}${label}</g>`;
  });
  const connectors = band.connectors.map((c) => {
    if (c.cross)
      return `<g class="band-connector"><path d="${connectorPath(c)}" fill="none" stroke="#c0392b" stroke-width="1.5"/><path d="${connectorHead(c)}" fill="#c0392b"/>${c.label ? `<text x="${n(c.labelX)}" y="${n(c.labelY)}" font-size="10" fill="#a93226">${escapeXml(c.label)}</text>` : ''}</g>`;
    const line =
      c.xFrom < c.x - 1
        ? `<path d="M${n(c.xFrom)},${n(c.y)}H${n(c.x - 1)}" stroke="#c0392b" stroke-width="1.5"/>`
        : `<path d="M${n(c.x)},${n(c.y - 6)}V${n(c.y + 8)}" stroke="#c0392b" stroke-width="1.5"/>`;
    return `<g class="band-connector">${line}<path d="${arrowRight(c.x, c.y)}" fill="#c0392b"/><text x="${n(c.labelX)}" y="${n(c.labelY)}" font-size="10" fill="#a93226">${escapeXml(c.label)}</text></g>`;
  });
  return `<g class="band">${defs}${bars.join('')}${connectors.join('')}</g>`;
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
