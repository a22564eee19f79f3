import { describe, expect, it } from 'vitest';
import {
  axisSvg,
  bandSvg,
  binsSvg,
  escapeXml,
  lanesSvg,
  legendSvg,
  marksSvg,
  svgDocument,
} from '../../../web/src/export/svg-render';
import { legendEntries } from '../../../web/src/timeline/colors';
import { layoutLanes } from '../../../web/src/timeline/lane-layout';
import { layoutBins, layoutItems } from '../../../web/src/timeline/mark-layout';
import { axisTicks, createTimeScale } from '../../../web/src/timeline/time-scale';
import { layoutBand } from '../../../web/src/timeline/treaty-band';
import { ITEMS, SPANS } from './fixtures';
import { expectGoldenSvg } from './golden';

const W = 600;
const scale = createTimeScale({ start: Date.UTC(1961, 0, 1), end: Date.UTC(1963, 0, 1) }, [100, W - 10]);
const lanes = layoutLanes(
  [
    { id: 'RU', label: 'Soviet Union' },
    { id: 'KP', label: 'North Korea' },
  ],
  60,
  100,
  { gap: 4 },
);

describe('svg-render (golden)', () => {
  it('escapeXml escapes markup in article text', () => {
    expect(escapeXml(`<img src=x onerror="a">&'`)).toBe('&lt;img src=x onerror=&quot;a&quot;&gt;&amp;&apos;');
  });
  it('axisSvg of two years returns the axis golden', () => {
    expectGoldenSvg('axis', svgDocument(W, 40, [axisSvg(axisTicks(scale, 8), 10, 100, W - 10)], 'axis'));
  });
  it('marksSvg of the fixture returns the marks golden (dots, spans, hollow planned, dashed negated)', () => {
    const body = [lanesSvg(lanes, 100, W - 10), marksSvg(layoutItems(ITEMS, lanes, scale))];
    expectGoldenSvg('marks', svgDocument(W, 170, body, 'marks'));
  });
  it('bandSvg returns named treaty bars, hatched until entry into force, with a labelled lineage connector', () => {
    const band = layoutBand(SPANS, scale, { top: 4, rows: 3 });
    expectGoldenSvg('band', svgDocument(W, 90, [bandSvg(band, W - 10)], 'band'));
  });
  it('binsSvg returns stacked bars per lane', () => {
    const bins = layoutBins(
      [
        {
          laneId: 'RU',
          start: Date.UTC(1961, 0, 1),
          end: Date.UTC(1961, 6, 1),
          count: 8,
          byType: [
            { type: 'MEETING', count: 5 },
            { type: 'AID', count: 3 },
          ],
        },
        {
          laneId: 'RU',
          start: Date.UTC(1961, 6, 1),
          end: Date.UTC(1962, 0, 1),
          count: 2,
          byType: [{ type: 'SANCTION', count: 2 }],
        },
        {
          laneId: 'KP',
          start: Date.UTC(1962, 0, 1),
          end: Date.UTC(1962, 6, 1),
          count: 4,
          byType: [{ type: 'STATEMENT', count: 4 }],
        },
      ],
      lanes,
      scale,
    );
    expectGoldenSvg('bins', svgDocument(W, 170, [lanesSvg(lanes, 100, W - 10), binsSvg(bins)], 'bins'));
  });
  it('legendSvg returns one swatch per type', () => {
    expectGoldenSvg('legend', svgDocument(W, 20, [legendSvg(legendEntries(ITEMS.map((i) => i.type)), 4, 4)], 'legend'));
  });
});
