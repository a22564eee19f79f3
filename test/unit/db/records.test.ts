import { describe, expect, it } from 'vitest';
import { toPartialText } from '../../../server/db/records';

describe('records', () => {
  it('toPartialText cuts a stored day to its precision', () => {
    expect(toPartialText('2024-06-19', 'month')).toBe('2024-06');
    expect(toPartialText('2024-06-19', 'YEAR')).toBe('2024');
    expect(toPartialText('2024-06-19', null)).toBe('2024-06-19');
    expect(toPartialText(null, 'day')).toBeNull();
  });
});
