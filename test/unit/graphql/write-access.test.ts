import { describe, expect, it } from 'vitest';
import { writeAccessFor } from '../../../server/graphql/write-access';

describe('writeAccessFor', () => {
  it('writeAccessFor distinguishes disabled, missing, denied and granted', () => {
    expect(writeAccessFor('Bearer x', null)).toBe('disabled');
    expect(writeAccessFor(null, 'secret-token-123456')).toBe('missing');
    expect(writeAccessFor('Basic abc', 'secret-token-123456')).toBe('missing');
    expect(writeAccessFor('Bearer secret-token-12345', 'secret-token-123456')).toBe('denied');
    expect(writeAccessFor('bearer secret-token-123456', 'secret-token-123456')).toBe('granted');
  });
});
