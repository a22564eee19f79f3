import { describe, expect, it } from 'vitest';
import { arrowHead, layoutSpans } from '../../../web/src/timeline/treaty-layout';
import { createTimeScale } from '../../../web/src/timeline/time-scale';
import { SPANS } from './fixtures';

const scale = createTimeScale({ start: Date.UTC(1961, 0, 1), end: Date.UTC(1963, 0, 1) }, [0, 730]);

describe('treaty-layout', () => {
  it('layoutSpans draws an open span to the right edge', () => {
    const l = layoutSpans(SPANS, scale);
    const open = l.spans.find((s) => s.span.id === 't2000');
    expect(open?.open).toBe(true);
    expect(open?.x1).toBe(731);
  });
  it('layoutSpans returns an arrow from the end of a treaty to the start of its replacement', () => {
    const l = layoutSpans(SPANS, scale);
    const a = l.arrows.find((x) => x.from === 't1961');
    const from = l.spans.find((s) => s.span.id === 't1961');
    const to = l.spans.find((s) => s.span.id === 't2000');
    expect(a?.offscreen).toBe(false);
    expect(a?.d.startsWith(`M${Math.round(from!.x1 * 10) / 10},`)).toBe(true);
    expect(a?.tip[0]).toBeCloseTo(to!.x0, 0);
  });
  it('layoutSpans returns a stub arrow when the replacement is out of view', () => {
    expect(layoutSpans(SPANS, scale).arrows.find((x) => x.from === 'tX')?.offscreen).toBe(true);
  });
  it('layoutSpans drops spans outside the view and reports the band height', () => {
    const l = layoutSpans([{ ...SPANS[0]!, start: Date.UTC(1900, 0, 1), end: Date.UTC(1901, 0, 1) }], scale, {
      rowHeight: 16,
    });
    expect(l.spans).toHaveLength(0);
    expect(l.height).toBe(0);
  });
  it('layoutSpans labels a bar only when the name fits', () => {
    const l = layoutSpans(SPANS, scale);
    expect(l.spans.find((s) => s.span.id === 't2000')?.labelled).toBe(true);
    expect(l.spans.find((s) => s.span.id === 'tX')?.labelled).toBe(true);
    const narrow = layoutSpans(
      SPANS,
      createTimeScale({ start: Date.UTC(1900, 0, 1), end: Date.UTC(2000, 0, 1) }, [0, 730]),
    );
    expect(narrow.spans.find((s) => s.span.id === 'tX')?.labelled).toBe(false);
  });
  it('arrowHead(tip, 0) returns a triangle pointing right', () => {
    expect(arrowHead([10, 10], 0, 5)).toBe('M10,10L5,6.9L5,13.1Z');
  });
});

describe('treaty-layout overlaps', () => {
  it('layoutSpans returns a vertical arrow when the replacement began before the old treaty ended', () => {
    const s = createTimeScale({ start: Date.UTC(2023, 0, 1), end: Date.UTC(2025, 6, 1) }, [0, 900]);
    const l = layoutSpans(
      [
        {
          id: 'old',
          name: 'Old',
          start: Date.UTC(2000, 0, 1),
          end: Date.UTC(2024, 11, 4),
          status: 'SUPERSEDED',
          replacedBy: ['new'],
        },
        { id: 'new', name: 'New', start: Date.UTC(2024, 5, 19), end: null, status: 'IN_FORCE', replacedBy: [] },
      ],
      s,
      { rowHeight: 16 },
    );
    const a = l.arrows[0];
    expect(a?.angle).toBeCloseTo(Math.PI / 2);
    expect(a?.d).toMatch(/^M([\d.]+),14L\1,18$/);
  });
});

describe('treaty-layout crowding', () => {
  it('layoutSpans marks bars that overlap in a full row as crowded and unlabelled', () => {
    const many = Array.from({ length: 5 }, (_, i) => ({
      id: `t${i}`,
      name: `T${i}`,
      start: Date.UTC(1961, i, 1),
      end: Date.UTC(1962, 11, 1),
      status: 'ENDED',
      replacedBy: [],
    }));
    const l = layoutSpans(many, scale, { maxRows: 2 });
    expect(l.spans.filter((s) => s.crowded).length).toBe(4);
    expect(l.spans.filter((s) => s.crowded).every((s) => !s.labelled)).toBe(true);
  });
});
