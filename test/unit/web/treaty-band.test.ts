import { describe, expect, it } from 'vitest';
import { connectorLabel, fitText, layoutBand, nameVariants, shortDate } from '../../../web/src/timeline/treaty-band';
import type { TreatySpan } from '../../../web/src/timeline/model';
import { createTimeScale } from '../../../web/src/timeline/time-scale';
import { createSeededRandom } from '../../support/seeded-random';

const Y = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);
const measure = (s: string) => s.length * 6;

function span(id: string, start: number, end: number | null, over: Partial<TreatySpan> = {}): TreatySpan {
  return {
    id,
    name: id,
    unnamed: false,
    start,
    inForce: null,
    end,
    status: end === null ? 'IN_FORCE' : 'ENDED',
    replacedBy: [],
    replacements: [],
    parties: [],
    ...over,
  };
}

/** The Russia–DPRK lineage as the gazetteer states it, with the declarations the 2024 treaty also replaced. */
const CHAIN: TreatySpan[] = [
  span('t1961', Y(1961, 6, 6), Y(1996, 8, 10), {
    name: 'Treaty of Friendship, Co-operation and Mutual Assistance (1961)',
    inForce: Y(1961, 8, 10),
    replacedBy: ['t2000'],
    replacements: [{ id: 't2000', basis: 'SUCCESSOR', on: Y(2000, 9, 30) }],
    parties: ['country:SU', 'country:KP'],
  }),
  span('t2000', Y(2000, 1, 9), Y(2024, 11, 4), {
    name: 'Treaty of Friendship, Good-Neighbourliness and Cooperation (2000)',
    inForce: Y(2000, 9, 30),
    replacedBy: ['t2024'],
    replacements: [{ id: 't2024', basis: 'LEGAL', on: Y(2024, 11, 4) }],
    parties: ['country:RU', 'country:KP'],
  }),
  span('decl2000', Y(2000, 6, 19), Y(2024, 11, 4), {
    name: 'Pyongyang Declaration (2000)',
    replacedBy: ['t2024'],
    replacements: [{ id: 't2024', basis: 'DECLARED', on: Y(2024, 11, 4) }],
    parties: ['country:RU', 'country:KP'],
  }),
  span('t2024', Y(2024, 5, 19), null, {
    name: 'Treaty on Comprehensive Strategic Partnership between Russia and North Korea',
    inForce: Y(2024, 11, 4),
    parties: ['country:RU', 'country:KP'],
  }),
];
const lanes = new Set(['country:RU', 'country:KP']);
const wide = createTimeScale({ start: Y(1955), end: Y(2026, 11, 5) }, [0, 900]);

/** Whether two boxes on one line overlap. */
const overlap = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

describe('treaty-band', () => {
  it('layoutBand puts a lineage in one row, oldest first, with connectors labelled by basis and date', () => {
    const band = layoutBand(CHAIN, wide, { top: 30, rows: 4, laneActors: lanes, measure });
    const row = (id: string) => band.bars.find((b) => b.span.id === id)?.row;
    expect(row('t1961')).toBe(row('t2000'));
    expect(row('t2000')).toBe(row('t2024'));
    expect(row('decl2000')).not.toBe(row('t2000'));
    expect(band.connectors.filter((c) => !c.cross).map((c) => [c.from, c.to, c.label])).toEqual([
      ['t1961', 't2000', 'successor · 30 Oct 2000'],
      ['t2000', 't2024', 'legal · 4 Dec 2024'],
    ]);
    expect(band.rows[row('t2000')!]?.chain).toBe(true);
  });
  it('layoutBand draws the replacement of the declaration, in another row, as a labelled connector up to the 2024 treaty', () => {
    const band = layoutBand(CHAIN, wide, { top: 30, rows: 4, laneActors: lanes, measure });
    const bar = (id: string) => band.bars.find((b) => b.span.id === id)!;
    const cross = band.connectors.filter((c) => c.cross);
    expect(cross.map((c) => [c.from, c.to, c.label, c.head])).toEqual([
      ['decl2000', 't2024', 'declared · 4 Dec 2024', 'up'],
    ]);
    const c = cross[0]!;
    const [first, last] = [c.points[0]!, c.points[c.points.length - 1]!];
    // From the top of the declaration's bar to the bottom of the 2024 treaty's, where it took effect.
    expect(first[1]).toBe(bar('decl2000').y);
    expect(last[1]).toBe(bar('t2024').y + bar('t2024').height);
    expect(last[0]).toBeCloseTo(wide(Y(2024, 11, 4)), 5);
    expect(c.points.every(([x]) => x >= bar('decl2000').x0 && x <= 900)).toBe(true);
    // The chain's labels take the line below its bars there: the label is under the declaration's
    // bar, beside the line, clear of every other label.
    expect(c.labelY).toBe(bar('decl2000').y + bar('decl2000').height + 10);
    expect(c.labelX + measure(c.label) <= c.x - 4 || c.labelX >= c.x + 4).toBe(true);
    for (const d of band.connectors.filter((x) => x !== c && x.labelY === c.labelY))
      expect(overlap([c.labelX, c.labelX + measure(c.label)], [d.labelX, d.labelX + measure(d.label)])).toBe(false);
  });
  it('layoutBand connects a treaty replaced by two treaties: one in its row as a chain, one in the row below, from its end', () => {
    const spans = [
      span('old', Y(1970), Y(1990), {
        replacedBy: ['a', 'b'],
        replacements: [
          { id: 'a', basis: 'LEGAL', on: null },
          { id: 'b', basis: 'SUCCESSOR', on: Y(1992) },
        ],
      }),
      span('a', Y(1991), Y(2010)),
      span('b', Y(1992), Y(2015)),
    ];
    const band = layoutBand(spans, wide, { top: 0, rows: 4, measure });
    const bar = (id: string) => band.bars.find((x) => x.span.id === id)!;
    expect(bar('old').row).toBe(bar('a').row);
    expect(bar('b').row).toBeGreaterThan(bar('old').row);
    const c = band.connectors.find((x) => x.cross)!;
    expect([c.from, c.to, c.label, c.head]).toEqual(['old', 'b', 'successor · 1 Jan 1992', 'down']);
    expect(c.points[0]).toEqual([bar('old').x1, bar('old').y + bar('old').height]);
    expect(c.points[c.points.length - 1]).toEqual([wide(Y(1992)), bar('b').y]);
    // The elbow runs above the row of the successor, below the connector line of the row above.
    expect(c.points[1]![1]).toBe(band.rows[bar('b').row]!.y - 1);
    expect(band.rows[bar('old').row]!.chain).toBe(true);
  });
  it('layoutBand runs a replacement between two treaties of one row that are not one chain under its connector line', () => {
    const spans = [
      span('A', Y(1960), Y(1969), {
        replacedBy: ['C'],
        replacements: [{ id: 'C', basis: 'DECLARED', on: Y(1980) }],
      }),
      span('D', Y(1971), Y(1979, 11, 31), {
        replacedBy: ['C'],
        replacements: [{ id: 'C', basis: 'LEGAL', on: Y(1980) }],
      }),
      span('C', Y(1980), null),
    ];
    const band = layoutBand(spans, wide, { top: 0, rows: 4, measure });
    const bar = (id: string) => band.bars.find((x) => x.span.id === id)!;
    expect(new Set(['A', 'D', 'C'].map((id) => bar(id).row))).toEqual(new Set([0]));
    const c = band.connectors.find((x) => x.cross)!;
    expect([c.from, c.to, c.label]).toEqual(['A', 'C', 'declared · 1 Jan 1980']);
    const bottom = bar('A').y + bar('A').height;
    // Down from A's end, along the gap under the labels of the row, up to C where it took effect.
    expect(c.points).toEqual([
      [bar('A').x1, bottom],
      [bar('A').x1, bottom + 14],
      [wide(Y(1980)), bottom + 14],
      [wide(Y(1980)), bottom],
    ]);
    expect(c.labelY).toBeLessThan(bottom + 14);
  });
  it('layoutBand of 150 random treaties with random lineage: every connector joins its bars, no two labels of a line overlap', () => {
    const rand = createSeededRandom(11);
    const spans = Array.from({ length: 150 }, (_, i) => {
      const start = Y(1955 + Math.floor(rand() * 65), Math.floor(rand() * 12));
      return span(`r${i}`, start, rand() < 0.3 ? null : start + (1 + rand() * 30) * 365 * 86_400_000);
    });
    const withLineage = spans.map((s, i) => {
      const targets = [1, 2, 3].map(() => spans[Math.floor(rand() * spans.length)]!).filter((t) => t.start > s.start);
      return i % 3
        ? s
        : {
            ...s,
            replacedBy: targets.map((t) => t.id),
            replacements: targets.map((t) => ({ id: t.id, basis: rand() < 0.5 ? 'LEGAL' : 'DECLARED', on: t.start })),
          };
    });
    const band = layoutBand(withLineage, wide, { top: 0, rows: 16, measure });
    const bars = new Map(band.bars.map((b) => [b.span.id, b]));
    expect(band.connectors.filter((c) => c.cross).length).toBeGreaterThan(5);
    for (const c of band.connectors) {
      const [a, b] = [bars.get(c.from)!, bars.get(c.to)!];
      expect(a && b).toBeTruthy();
      const [first, last] = [c.points[0]!, c.points[c.points.length - 1]!];
      if (c.cross) {
        expect(first[0]).toBeGreaterThanOrEqual(Math.max(0, a.x0) - 0.001);
        expect(first[0]).toBeLessThanOrEqual(Math.min(900, a.x1) + 1.001);
        expect([a.y, a.y + a.height]).toContain(first[1]);
        expect(last[0]).toBeGreaterThanOrEqual(Math.max(0, b.x0) - 0.001);
        expect(last[0]).toBeLessThanOrEqual(Math.min(900, b.x1));
        expect([b.y, b.y + b.height]).toContain(last[1]);
      }
    }
    const labelled = band.connectors.filter((c) => c.label);
    for (const c of labelled)
      for (const d of labelled)
        if (c !== d && c.labelY === d.labelY)
          expect(overlap([c.labelX, c.labelX + measure(c.label)], [d.labelX, d.labelX + measure(d.label)])).toBe(false);
    // Labels sit on connector lines: below a bar, above the next row's names.
    const nameYs = new Set(band.bars.map((b) => b.labelY));
    for (const c of labelled) expect(nameYs.has(c.labelY)).toBe(false);
  });
  it('layoutBand names every bar it draws, and no two names or connector labels of a row overlap', () => {
    const band = layoutBand(CHAIN, wide, { top: 0, rows: 4, laneActors: lanes, measure });
    expect(band.bars).toHaveLength(4);
    for (const b of band.bars) expect(b.label.length).toBeGreaterThan(3);
    for (const a of band.bars)
      for (const b of band.bars)
        if (a !== b && a.row === b.row)
          expect(overlap([a.labelX, a.labelX + measure(a.label)], [b.labelX, b.labelX + measure(b.label)])).toBe(false);
    const [c1, c2] = band.connectors;
    expect(overlap([c1!.labelX, c1!.labelX + measure(c1!.label)], [c2!.labelX, c2!.labelX + measure(c2!.label)])).toBe(
      false,
    );
    for (const b of band.bars) expect(b.labelX + measure(b.label)).toBeLessThanOrEqual(900);
  });
  it('layoutBand hatches from signature to entry into force and leaves an ongoing treaty open to the right edge', () => {
    const band = layoutBand(CHAIN, wide, { top: 0, rows: 4, laneActors: lanes, measure });
    const t2024 = band.bars.find((b) => b.span.id === 't2024')!;
    expect(t2024.open).toBe(true);
    expect(t2024.x1).toBe(900);
    expect(t2024.xInForce).toBeCloseTo(wide(Y(2024, 11, 4)), 5);
    expect(band.bars.find((b) => b.span.id === 't1961')?.open).toBe(false);
  });
  it('layoutBand counts what does not fit instead of drawing it unnamed, and says how many rows it would need', () => {
    const many = Array.from({ length: 30 }, (_, i) => span(`t${i}`, Y(1960 + i), Y(2020)));
    const band = layoutBand(many, wide, { top: 0, rows: 3, measure });
    expect(band.bars).toHaveLength(3);
    expect(band.overflow).toBe(27);
    expect(band.rowsNeeded).toBeGreaterThan(3);
    expect(layoutBand(many, wide, { top: 0, rows: 0, measure }).bars).toHaveLength(0);
  });
  it('layoutBand places treaties of lane actors before the others, whatever their order', () => {
    const others = Array.from({ length: 6 }, (_, i) =>
      span(`other${i}`, Y(1960), Y(2020), { parties: ['country:US'] }),
    );
    const mine = span('mine', Y(1970), Y(1990), { parties: ['country:KP'] });
    const band = layoutBand([...others, mine], wide, { top: 0, rows: 2, laneActors: lanes, measure });
    expect(band.bars.find((b) => b.span.id === 'mine')?.row).toBe(0);
    expect(band.bars.find((b) => b.span.id === 'mine')?.inLanes).toBe(true);
  });
  it('layoutBand drops treaties outside the view and takes no height for none', () => {
    const band = layoutBand([span('old', Y(1900), Y(1910))], wide, { top: 0, rows: 4, measure });
    expect(band.bars).toEqual([]);
    expect(band.overflow).toBe(0);
    expect(band.height).toBe(0);
  });
  it('layoutBand of 10,000 random treaties places bars that never overlap in a row', () => {
    const rand = createSeededRandom(7);
    const spans = Array.from({ length: 10_000 }, (_, i) => {
      const start = Y(1900 + Math.floor(rand() * 120), Math.floor(rand() * 12));
      return span(`r${i}`, start, rand() < 0.3 ? null : start + rand() * 40 * 365 * 86_400_000);
    });
    const band = layoutBand(spans, wide, { top: 0, rows: 12, measure });
    expect(band.bars.length + band.overflow).toBe(
      spans.filter((s) => (s.end === null || wide(s.end) >= 0) && wide(s.start) <= 900).length,
    );
    const byRow = new Map<number, typeof band.bars>();
    for (const b of band.bars) byRow.set(b.row, [...(byRow.get(b.row) ?? []), b]);
    for (const bars of byRow.values()) {
      const sorted = [...bars].sort((a, b) => a.x0 - b.x0);
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.x0).toBeGreaterThanOrEqual(sorted[i - 1]!.x1);
    }
  });
  it('fitText(text, width) returns the text when it fits, else a prefix with an ellipsis, else nothing', () => {
    expect(fitText('Treaty', 60, measure)).toBe('Treaty');
    expect(fitText('Treaty of Friendship', 60, measure)).toBe('Treaty of…');
    expect(fitText('Treaty of Friendship', 12, measure)).toBe('');
  });
  it('connectorLabel and shortDate write the basis in lower case and the day as "4 Dec 2024"', () => {
    expect(shortDate(Y(2024, 11, 4))).toBe('4 Dec 2024');
    expect(connectorLabel('DECLARED', null)).toBe('declared');
    expect(connectorLabel('LEGAL', Y(2024, 11, 4))).toBe('legal · 4 Dec 2024');
  });
});

describe('treaty-band names', () => {
  it('nameVariants drops a trailing year and a trailing "between …" clause, longest first', () => {
    expect(nameVariants('Treaty on Comprehensive Strategic Partnership between Russia and North Korea')).toEqual([
      'Treaty on Comprehensive Strategic Partnership between Russia and North Korea',
      'Treaty on Comprehensive Strategic Partnership',
    ]);
    expect(nameVariants('Pyongyang Declaration (2000)')).toEqual([
      'Pyongyang Declaration (2000)',
      'Pyongyang Declaration',
    ]);
    expect(nameVariants('New START')).toEqual(['New START']);
  });
});
