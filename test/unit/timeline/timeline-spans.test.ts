import { describe, expect, it } from 'vitest';
import { toSpan } from '../../../server/timeline/timeline';
import { rankSpans } from '../../../server/timeline/timeline-spans';

describe('rankSpans', () => {
  const span = (id: string, start: string, end: string | null, parties: string[], replacedBy: string[] = []) =>
    toSpan({
      treaty: {
        id,
        name: id,
        unnamed: false,
        aliases: [],
        kind: null,
        signedOn: start,
        inForceFrom: null,
        endedOn: end,
        status: end ? 'ENDED' : 'IN_FORCE',
        days: { signedOn: start, inForceFrom: null, endedOn: end },
      },
      replacedBy: replacedBy.map((r) => ({ id: r, on: null, basis: 'LEGAL' })),
      partyIds: parties,
    });
  const spans = [
    span('long-other', '1950-01-01', null, ['country:US']),
    span('short-lane', '2000-01-01', '2001-01-01', ['country:KP']),
    span('chain-old', '1961-07-06', '1996-09-10', ['country:RU'], ['chain-new']),
    span('chain-new', '2000-02-09', null, ['country:RU']),
    span('short-other', '2010-01-01', '2011-01-01', ['country:FR']),
  ];
  const window = { from: '1950', to: '2025' };
  it('rankSpans without first or preferParties returns every span in start order', () => {
    expect(rankSpans(spans, window, {}).map((s) => s.treaty.id)).toEqual(spans.map((s) => s.treaty.id));
  });
  it('rankSpans puts lane parties first, lineage before the rest, then the most covered, and cuts to first', () => {
    const ranked = rankSpans(spans, window, { preferParties: ['country:RU', 'country:KP'], first: 4 });
    expect(ranked.map((s) => s.treaty.id)).toEqual(['chain-old', 'chain-new', 'short-lane', 'long-other']);
  });
  it('rankSpans with first: 0 sends none', () => {
    expect(rankSpans(spans, window, { first: 0 })).toEqual([]);
  });
});
