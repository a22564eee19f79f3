import { axisSvg, binsSvg, lanesSvg, legendSvg, marksSvg, bandSvg, svgDocument } from './svg-render';
import { legendEntries } from '../timeline/colors';
import type { Layout } from '../timeline/timeline';

/** The drawn view as a standalone SVG document (the PNG export rasterises the same document). */
export function viewToSvg(layout: Layout, title: string): string {
  const types = new Set<string>();
  for (const m of layout.marks) types.add(m.item.type);
  for (const b of layout.bins) for (const s of b.segments) types.add(s.type);
  const plot = `<g transform="translate(${layout.margin.left},0)">${bandSvg(layout.band, layout.plotWidth)}${binsSvg(layout.bins)}${marksSvg(layout.marks)}</g>`;
  const axis = `<g transform="translate(${layout.margin.left},0)">${axisSvg(layout.ticks, layout.margin.top - 22, 0, layout.plotWidth)}</g>`;
  const legendY = layout.height + 4;
  return svgDocument(
    layout.width,
    layout.height + 24,
    [
      lanesSvg(layout.lanes, layout.margin.left, layout.margin.left + layout.plotWidth),
      axis,
      plot,
      legendSvg(legendEntries(types), layout.margin.left, legendY),
    ],
    title,
  );
}

/** Rasterises an SVG document to a PNG blob at the device pixel ratio. */
export async function svgToPng(
  svg: string,
  width: number,
  height: number,
  scale = window.devicePixelRatio || 1,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('could not render the SVG'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Hands a blob to the browser as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
