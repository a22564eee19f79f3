import type { LaneBox } from './lane-layout';
import type { PlacedBin, PlacedMark } from './mark-layout';

/**
 * Paints marks and bins on a 2D canvas. Marks are batched by style so a frame makes a few
 * dozen fill/stroke calls, not one per event.
 */
export function clearCanvas(ctx: CanvasRenderingContext2D, width: number, height: number): void {
  ctx.clearRect(0, 0, width, height);
}

export function drawLaneBands(ctx: CanvasRenderingContext2D, lanes: readonly LaneBox[], width: number): void {
  for (const l of lanes) {
    ctx.fillStyle = l.index % 2 ? '#fafbfc' : '#f1f4f8';
    ctx.fillRect(0, l.y, width, l.height);
  }
}

function styleKey(m: PlacedMark): string {
  return `${m.style.fill ?? ''}|${m.style.stroke}|${m.style.dash.join(',')}|${m.style.opacity}`;
}

export function drawMarks(ctx: CanvasRenderingContext2D, marks: readonly PlacedMark[]): void {
  const groups = new Map<string, PlacedMark[]>();
  for (const m of marks) {
    const k = styleKey(m);
    const g = groups.get(k);
    if (g) g.push(m);
    else groups.set(k, [m]);
  }
  ctx.lineWidth = 1.5;
  for (const group of groups.values()) {
    const s = (group[0] as PlacedMark).style;
    ctx.globalAlpha = s.opacity;
    ctx.setLineDash(s.dash as number[]);
    ctx.beginPath();
    for (const m of group) {
      if (m.shape === 'dot') {
        ctx.moveTo(m.cx + m.r, m.y);
        ctx.arc(m.cx, m.y, m.r, 0, Math.PI * 2);
      } else {
        ctx.rect(m.x0, m.y - m.r, Math.max(1, m.x1 - m.x0), m.r * 2);
      }
    }
    if (s.fill) {
      ctx.fillStyle = s.fill;
      ctx.fill();
    } else {
      // Hollow marks get a white core so they read as hollow over lane stripes and other marks.
      ctx.fillStyle = '#ffffff';
      ctx.fill();
    }
    ctx.strokeStyle = s.stroke;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
}

export function drawBins(ctx: CanvasRenderingContext2D, bins: readonly PlacedBin[]): void {
  const byColor = new Map<string, [number, number, number, number][]>();
  for (const b of bins) {
    for (const s of b.segments) {
      const list = byColor.get(s.color) ?? [];
      list.push([b.x, s.y, b.width, s.height]);
      byColor.set(s.color, list);
    }
  }
  for (const [color, rects] of byColor) {
    ctx.fillStyle = color;
    ctx.beginPath();
    for (const [x, y, w, h] of rects) ctx.rect(x, y, w, h);
    ctx.fill();
  }
}
