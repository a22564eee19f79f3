import { describe, expect, it } from 'vitest';
import { treatyWindow } from '../../../web/src/app/selection';

const DAY = 86_400_000;
const FALLBACK = { start: Date.UTC(1990, 0, 1), end: Date.UTC(2000, 0, 1) };

describe('treatyWindow', () => {
  it('treatyWindow(t, fallback) spans signature to end, padded by 15 % on each side', () => {
    const start = Date.UTC(1961, 6, 6);
    const end = Date.UTC(1996, 8, 11); // the first day after the day "1996-09-10"
    const pad = (end - start) * 0.15;
    expect(
      treatyWindow({ signedOn: '1961-07-06', inForceFrom: '1961-09-10', endedOn: '1996-09-10' }, FALLBACK),
    ).toEqual({ start: start - pad, end: end + pad });
  });

  it("treatyWindow(t, fallback) takes in the lineage's dates", () => {
    const w = treatyWindow(
      {
        signedOn: '2000-02-09',
        inForceFrom: null,
        endedOn: null,
        lineage: [{ signedOn: '1961-07-06', inForceFrom: null, endedOn: null }],
      },
      FALLBACK,
    );
    expect(w.start).toBeLessThan(Date.UTC(1961, 6, 6));
    expect(w.end).toBeGreaterThan(Date.UTC(2000, 1, 10));
  });

  it('treatyWindow(t, fallback) is at least a year wide for a treaty of one day', () => {
    const w = treatyWindow({ signedOn: '2024-06-19', inForceFrom: null, endedOn: null }, FALLBACK);
    const start = Date.UTC(2024, 5, 19);
    expect(w).toEqual({ start: start - 365 * DAY * 0.15, end: start + 365 * DAY * 1.15 });
  });

  it('treatyWindow(t, fallback) returns the fallback when no date is known', () => {
    expect(treatyWindow({ signedOn: null, inForceFrom: null, endedOn: null }, FALLBACK)).toBe(FALLBACK);
  });
});
