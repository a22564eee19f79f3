import { describe, expect, it } from 'vitest';
import { colorOf, labelOfType, legendEntries, markStyle, TYPE_COLORS } from '../../../web/src/timeline/colors';
import { EVENT_TYPES } from '../../../web/src/timeline/model';

describe('colors', () => {
  it('colorOf returns a distinct colour for every event type', () => {
    const colours = EVENT_TYPES.map(colorOf);
    expect(new Set(colours).size).toBe(EVENT_TYPES.length);
    expect(Object.keys(TYPE_COLORS).sort()).toEqual([...EVENT_TYPES].sort());
  });
  it('colorOf(unknown) returns the OTHER grey', () => {
    expect(colorOf('NOPE')).toBe(colorOf('OTHER'));
  });
  it('labelOfType("TREATY_SIGNING") returns "Treaty signing"', () => {
    expect(labelOfType('TREATY_SIGNING')).toBe('Treaty signing');
  });
  it('markStyle returns solid for asserted, hollow for planned, hollow dashed for negated', () => {
    expect(markStyle('AID', 'ASSERTED')).toMatchObject({ fill: colorOf('AID'), dash: [] });
    expect(markStyle('AID', 'PLANNED')).toMatchObject({ fill: null, dash: [] });
    expect(markStyle('AID', 'NEGATED')).toMatchObject({ fill: null, dash: [3, 2] });
    expect(markStyle('AID', 'REPORTED').opacity).toBeLessThan(1);
  });
  it('legendEntries returns each type once in palette order', () => {
    expect(legendEntries(['SANCTION', 'MEETING', 'SANCTION', 'TREATY_SIGNING']).map((e) => e.type)).toEqual([
      'TREATY_SIGNING',
      'MEETING',
      'SANCTION',
    ]);
  });
});
