import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeView, defaultView, encodeView, type ViewState } from '../../../web/src/state/url-state';
import { EVENT_TYPES, MODALITIES, ORIGINS } from '../../../web/src/timeline/model';

const fallback = defaultView({ start: Date.UTC(1950, 0, 1), end: Date.UTC(2030, 0, 1) });

const full: ViewState = {
  window: { start: Date.UTC(1961, 0, 1), end: Date.UTC(1962, 0, 1) },
  laneBy: 'TYPE',
  lanes: ['country:RU', 'a,b&c'],
  filter: {
    types: ['MEETING', 'AID'],
    actorIds: ['KP'],
    from: '1960-01-01',
    to: '1970-12-31',
    minConfidence: 0.5,
    modality: ['PLANNED'],
    origin: ['GDELT'],
  },
  selection: { kind: 'event', id: 'ev:1961/x?y' },
  table: true,
  cursor: Date.UTC(1961, 6, 6),
  band: { rows: 9, collapsed: true },
};

describe('url-state', () => {
  it('encodeView(default) returns only the window', () => {
    expect(encodeView(fallback)).toBe('from=1950-01-01&to=2030-01-01');
  });
  it('encodeView writes a sub-day window to the millisecond', () => {
    expect(encodeView({ ...fallback, window: { start: Date.UTC(2024, 5, 19, 6), end: Date.UTC(2024, 5, 20) } })).toBe(
      'from=2024-06-19T06:00:00.000Z&to=2024-06-20',
    );
  });
  it('decodeView(encodeView(v)) returns v for a view using every part', () => {
    expect(decodeView(`?${encodeView(full)}`, fallback)).toEqual(full);
  });
  it('decodeView("") returns the fallback', () => {
    expect(decodeView('', fallback)).toEqual(fallback);
  });
  it('encodeView writes the cursor as at=YYYY-MM-DD and decodeView reads it back; a partial day is no cursor', () => {
    expect(encodeView({ ...fallback, cursor: Date.UTC(2000, 0, 1) })).toBe(
      'from=1950-01-01&to=2030-01-01&at=2000-01-01',
    );
    expect(decodeView('at=2000-01-01', fallback).cursor).toBe(Date.UTC(2000, 0, 1));
    expect(decodeView('at=2000', fallback).cursor).toBeNull();
  });
  it('encodeView writes the band as band=ROWS,collapsed, only what differs from 4 open rows; decodeView reads it back', () => {
    const at = (band: ViewState['band']) =>
      encodeView({ ...fallback, band }).replace('from=1950-01-01&to=2030-01-01', '');
    expect(at({ rows: 4, collapsed: false })).toBe('');
    expect(at({ rows: 12, collapsed: false })).toBe('&band=12');
    expect(at({ rows: 4, collapsed: true })).toBe('&band=collapsed');
    expect(at({ rows: 7, collapsed: true })).toBe('&band=7,collapsed');
    expect(decodeView('band=collapsed', fallback).band).toEqual({ rows: 4, collapsed: true });
    expect(decodeView('band=12', fallback).band).toEqual({ rows: 12, collapsed: false });
    expect(decodeView('band=0', fallback).band).toEqual({ rows: 4, collapsed: false });
    expect(decodeView('band=99,open', fallback).band).toEqual({ rows: 4, collapsed: false });
  });
  it('decodeView drops what is invalid and keeps the rest', () => {
    const v = decodeView(
      'from=2000-01-01&to=1990-01-01&by=SIDEWAYS&types=MEETING,BOGUS&conf=7&sel=robot:1&since=2020-13-01&lanes=RU',
      fallback,
    );
    expect(v).toEqual({ ...fallback, lanes: ['RU'], filter: { ...fallback.filter, types: ['MEETING'] } });
  });
  it('decodeView reads origin=GDELT, drops unknown origins, and reads both origins as no filter', () => {
    expect(decodeView('origin=GDELT', fallback).filter.origin).toEqual(['GDELT']);
    expect(decodeView('origin=ARTICLE,PRESS', fallback).filter.origin).toEqual(['ARTICLE']);
    expect(decodeView('origin=ARTICLE,GDELT', fallback).filter.origin).toEqual([]);
    expect(encodeView({ ...fallback, filter: { ...fallback.filter, origin: ['ARTICLE'] } })).toBe(
      'from=1950-01-01&to=2030-01-01&origin=ARTICLE',
    );
  });
  it('decodeView(encodeView(v)) returns v for any view', () => {
    const id = fc.string({ minLength: 1, maxLength: 12 });
    const view = fc.record({
      window: fc
        .tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: 1, max: 1e12 }))
        .map(([s, l]) => ({ start: s, end: s + l })),
      laneBy: fc.constantFrom('ACTOR' as const, 'TYPE' as const),
      lanes: fc.array(id, { maxLength: 4 }),
      filter: fc.record({
        types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { maxLength: 3 }),
        actorIds: fc.array(id, { maxLength: 3 }),
        from: fc.constantFrom(null, '1999-01-31'),
        to: fc.constantFrom(null, '2001-12-01'),
        minConfidence: fc.constantFrom(0, 0.25, 0.9, 1),
        modality: fc.uniqueArray(fc.constantFrom(...MODALITIES), { maxLength: 2 }),
        // Both origins are no filter (decoded as []), so a view chooses at most one.
        origin: fc.uniqueArray(fc.constantFrom(...ORIGINS), { maxLength: 1 }),
      }),
      selection: fc.option(fc.record({ kind: fc.constantFrom('event' as const, 'treaty' as const), id })),
      table: fc.boolean(),
      cursor: fc.option(fc.integer({ min: -100_000, max: 100_000 }).map((d) => d * 86_400_000)),
      band: fc.record({ rows: fc.integer({ min: 1, max: 40 }), collapsed: fc.boolean() }),
    });
    fc.assert(
      fc.property(view, (v) => {
        expect(decodeView(encodeView(v), fallback)).toEqual(v);
      }),
    );
  });
});
