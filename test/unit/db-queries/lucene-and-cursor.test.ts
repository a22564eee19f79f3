import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../server/db/queries/cursor';
import { searchTerms, toLuceneQuery } from '../../../server/db/queries/lucene';

describe('toLuceneQuery', () => {
  it('toLuceneQuery("\\"(*") is null: nothing searchable is left', () => {
    expect(toLuceneQuery('"(*')).toBeNull();
    expect(toLuceneQuery('   ')).toBeNull();
  });
  it('toLuceneQuery escapes special characters inside words and lower-cases operators', () => {
    expect(toLuceneQuery('co-operation AND title:foo')).toBe('co\\-operation and title\\:foo');
    expect(toLuceneQuery('Путин  Kim')).toBe('путин kim');
  });
  it('toLuceneQuery never leaves an unescaped special character (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const q = toLuceneQuery(input);
        if (q === null) return;
        const stripped = q.replace(/\\./g, '');
        expect(stripped).not.toMatch(/[+\-&|!(){}[\]^"~*?:\\/]/);
        expect(stripped).not.toMatch(/\b(AND|OR|NOT)\b/);
      }),
    );
  });
  it('searchTerms keeps at most 32 words', () => {
    expect(searchTerms(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).toHaveLength(32);
  });
});

describe('cursors', () => {
  it('decodeCursor(encodeCursor(key)) returns the key (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, id) => {
        expect(decodeCursor(encodeCursor([key, id]))).toEqual([key, id]);
      }),
    );
  });
  it('decodeCursor rejects anything it did not make', () => {
    for (const bad of [
      '',
      'not a cursor',
      '!!!',
      Buffer.from('[1]').toString('base64url'),
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('[1,2]').toString('base64url'),
    ]) {
      expect(decodeCursor(bad)).toBeNull();
    }
  });
});
