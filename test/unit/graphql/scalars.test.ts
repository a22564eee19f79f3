import { describe, expect, it } from 'vitest';
import { toDateTimeText, toPartialDateText } from '../../../server/graphql/scalars';

describe('scalars', () => {
  it('PartialDate and DateTime scalars validate and quote the value', () => {
    expect(toPartialDateText('1961')).toBe('1961');
    expect(() => toPartialDateText('2024-13')).toThrow(
      'invalid PartialDate: "2024-13" (allowed: YYYY, YYYY-MM, YYYY-MM-DD, a real date)',
    );
    expect(() => toPartialDateText(1961)).toThrow('invalid PartialDate: 1961');
    expect(toDateTimeText('2024-06-19T10:00:00Z')).toBe('2024-06-19T10:00:00Z');
    expect(() => toDateTimeText('2024-06-19')).toThrow('invalid DateTime: "2024-06-19"');
  });
});
