import { describe, expect, it } from 'vitest';
import { onlyOrigin, pageSize, toEventFilter } from '../../../server/graphql/arguments';

describe('arguments', () => {
  it('pageSize caps first at 500 and names the argument', () => {
    expect(pageSize(undefined)).toBe(50);
    expect(pageSize(500)).toBe(500);
    expect(() => pageSize(501)).toThrow('invalid first: 501 (allowed: 0 to 500)');
    expect(() => pageSize(-1)).toThrow('invalid first: -1');
  });
  it('toEventFilter turns partial dates into a day range and checks their order', () => {
    expect(toEventFilter({ from: '1961', to: '2024-02' })).toMatchObject({
      fromDay: '1961-01-01',
      toDay: '2024-02-29',
    });
    expect(() => toEventFilter({ from: '2024', to: '2023' })).toThrow(
      'invalid filter.to: "2023" (allowed: a date not before filter.from "2024")',
    );
    expect(() => toEventFilter({ minConfidence: 2 })).toThrow('invalid filter.minConfidence: 2 (allowed: 0 to 1)');
  });
  it('onlyOrigin keeps one origin, and none when the list is empty or names both', () => {
    expect(onlyOrigin(['GDELT'])).toBe('GDELT');
    expect(onlyOrigin(['ARTICLE', 'ARTICLE'])).toBe('ARTICLE');
    expect(onlyOrigin(['ARTICLE', 'GDELT'])).toBeNull();
    expect(onlyOrigin([])).toBeNull();
    expect(onlyOrigin(null)).toBeNull();
  });
});
